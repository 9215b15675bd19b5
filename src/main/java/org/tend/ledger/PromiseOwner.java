package org.tend.ledger;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Who owes a promise: the member (me) or the person (them); stored as {@code owed_by}.
 */
public enum PromiseOwner {

	ME, THEM;

	/** The lowercase code used in the API, the forms and the database. */
	@JsonValue
	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** Throws {@link IllegalArgumentException} for an unknown code. */
	@JsonCreator
	public static PromiseOwner fromCode(String code) {
		if (code == null) {
			throw new IllegalArgumentException("no code given");
		}
		return valueOf(code.strip().toUpperCase(Locale.ROOT));
	}

}

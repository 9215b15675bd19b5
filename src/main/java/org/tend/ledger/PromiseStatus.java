package org.tend.ledger;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Where a promise stands: open until it is kept or dropped. */
public enum PromiseStatus {

	OPEN, KEPT, DROPPED;

	/** The lowercase code used in the API, the forms and the database. */
	@JsonValue
	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** Kept or dropped: the promise is no longer waiting on anyone. */
	public boolean closed() {
		return this != OPEN;
	}

	/** Throws {@link IllegalArgumentException} for an unknown code. */
	@JsonCreator
	public static PromiseStatus fromCode(String code) {
		if (code == null) {
			throw new IllegalArgumentException("no code given");
		}
		return valueOf(code.strip().toUpperCase(Locale.ROOT));
	}

}

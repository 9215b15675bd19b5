package org.tend.ledger;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Which way help went: given by the member, or received from the person. */
public enum Direction {

	GIVEN, RECEIVED;

	/** The lowercase code used in the API, the forms and the database. */
	@JsonValue
	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** Throws {@link IllegalArgumentException} for an unknown code. */
	@JsonCreator
	public static Direction fromCode(String code) {
		if (code == null) {
			throw new IllegalArgumentException("no code given");
		}
		return valueOf(code.strip().toUpperCase(Locale.ROOT));
	}

}

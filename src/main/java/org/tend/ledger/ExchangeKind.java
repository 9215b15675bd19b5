package org.tend.ledger;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The kind of help that changed hands. */
public enum ExchangeKind {

	ADVICE, INTRODUCTION, REFERRAL, RESOURCE, FEEDBACK, SUPPORT, OPPORTUNITY;

	/** The lowercase code used in the API, the forms and the database. */
	@JsonValue
	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** Throws {@link IllegalArgumentException} for an unknown code. */
	@JsonCreator
	public static ExchangeKind fromCode(String code) {
		if (code == null) {
			throw new IllegalArgumentException("no code given");
		}
		return valueOf(code.strip().toUpperCase(Locale.ROOT));
	}

}

package org.tend.mail;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The kinds of mail a member can switch off one by one (from the settings, or with the
 * one-click unsubscribe link of a mail of that kind).
 */
public enum MailKind {

	WEEKLY_NUDGE, PROMISE_REMINDER, INTRODUCTION_REQUEST;

	/** The lowercase code used in the API and the database. */
	@JsonValue
	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** Throws {@link IllegalArgumentException} for an unknown code. */
	@JsonCreator
	public static MailKind fromCode(String code) {
		if (code == null) {
			throw new IllegalArgumentException("no code given");
		}
		return valueOf(code.strip().toUpperCase(Locale.ROOT));
	}

}

package org.tend.challenge;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * How often the goal comes round: every ISO week, or every two (fortnights are counted
 * from a fixed Monday, so they never shift when the member changes their mind).
 */
public enum Pace {

	WEEKLY(1), FORTNIGHTLY(2);

	private final int weeks;

	Pace(int weeks) {
		this.weeks = weeks;
	}

	public int weeks() {
		return this.weeks;
	}

	@JsonValue
	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** Throws {@link IllegalArgumentException} for an unknown code. */
	@JsonCreator
	public static Pace fromCode(String code) {
		for (Pace pace : values()) {
			if (pace.code().equalsIgnoreCase((code != null) ? code.strip() : null)) {
				return pace;
			}
		}
		throw new IllegalArgumentException("unknown pace '" + code + "': weekly or fortnightly");
	}

}

package org.tend.community;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonValue;

/** An organizer runs the community (members, invite code, rounds, figures). */
public enum Role {

	ORGANIZER, MEMBER;

	@JsonValue
	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static Role fromCode(String code) {
		return valueOf(code.toUpperCase(Locale.ROOT));
	}

}

package org.tend.introductions;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Where an introduction stands: asked (waiting for both answers), accepted (both said yes
 * and were introduced), declined (one said not now; whom is never told to the other) or
 * expired (not both answered within the time a request is open).
 */
public enum IntroductionStatus {

	ASKED, ACCEPTED, DECLINED, EXPIRED;

	@JsonValue
	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static IntroductionStatus fromCode(String code) {
		return valueOf(code.toUpperCase(Locale.ROOT));
	}

}

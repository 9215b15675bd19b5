package org.tend.introductions;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Where a request for an introduction stands, the only thing its asker sees of it:
 * pending, answered "not now", or introduced (the member asked started a double opt-in
 * introduction for them; its outcome reaches the asker by its own mails, and nobody is
 * told who said no there).
 */
public enum RequestStatus {

	PENDING, NOT_NOW, INTRODUCED;

	@JsonValue
	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static RequestStatus fromCode(String code) {
		return valueOf(code.toUpperCase(Locale.ROOT));
	}

}

package org.tend.meetings;

import java.util.Arrays;
import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Met face to face or at a distance: in person counts for more when depth is scored.
 */
public enum MeetingMode {

	IN_PERSON, VIRTUAL;

	@JsonValue
	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** The mode with this code; {@link IllegalArgumentException} for any other text. */
	public static MeetingMode fromCode(String code) {
		return Arrays.stream(values())
			.filter((mode) -> mode.code().equals(code))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("Unknown meeting mode: " + code));
	}

}

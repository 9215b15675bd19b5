package org.tend.meetings;

import java.util.Arrays;
import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Where a meeting stands. Only a meeting that happened counts as contact: it resets the
 * person's keep-in-touch clock.
 */
public enum MeetingStatus {

	PLANNED, HAPPENED, CANCELLED;

	@JsonValue
	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** The status with this code; {@link IllegalArgumentException} for any other text. */
	public static MeetingStatus fromCode(String code) {
		return Arrays.stream(values())
			.filter((status) -> status.code().equals(code))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("Unknown meeting status: " + code));
	}

}

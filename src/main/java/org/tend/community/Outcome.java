package org.tend.community;

import java.util.Arrays;
import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonValue;

/** The answer to "did you meet?". */
public enum Outcome {

	MET, RESCHEDULED, DIDNT;

	@JsonValue
	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static Outcome fromCode(String code) {
		return Arrays.stream(values())
			.filter((outcome) -> outcome.code().equals(code))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("outcome must be met, rescheduled or didnt"));
	}

}

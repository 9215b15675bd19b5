package org.tend.meetings;

import java.util.Arrays;
import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * What kind of meeting it was. Stored and sent as its lowercase code ({@code coffee});
 * each kind suggests whether it is usually in person or virtual.
 */
public enum MeetingKind {

	COFFEE(MeetingMode.IN_PERSON), LUNCH(MeetingMode.IN_PERSON), TAPAS(MeetingMode.IN_PERSON),
	DINNER(MeetingMode.IN_PERSON), COCKTAILS(MeetingMode.IN_PERSON), WALK(MeetingMode.IN_PERSON),
	CALL(MeetingMode.VIRTUAL), VIDEO(MeetingMode.VIRTUAL), EVENT(MeetingMode.IN_PERSON), MESSAGE(MeetingMode.VIRTUAL);

	private final MeetingMode usualMode;

	MeetingKind(MeetingMode usualMode) {
		this.usualMode = usualMode;
	}

	/** The mode assumed when none is given: a walk is in person, a call is not. */
	public MeetingMode usualMode() {
		return this.usualMode;
	}

	@JsonValue
	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** The kind with this code; {@link IllegalArgumentException} for any other text. */
	public static MeetingKind fromCode(String code) {
		return Arrays.stream(values())
			.filter((kind) -> kind.code().equals(code))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("Unknown meeting kind: " + code));
	}

}

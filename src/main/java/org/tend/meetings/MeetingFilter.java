package org.tend.meetings;

import java.time.Instant;
import java.util.UUID;

/**
 * Which meetings to list; every part is optional. {@code from} is inclusive, {@code to}
 * exclusive.
 */
public record MeetingFilter(UUID personId, MeetingStatus status, Instant from, Instant to) {

	public static final MeetingFilter ALL = new MeetingFilter(null, null, null, null);

	public MeetingFilter {
		if (from != null && to != null && to.isBefore(from)) {
			throw new IllegalArgumentException("'to' must not be before 'from'");
		}
	}

	public static MeetingFilter withPerson(UUID personId) {
		return new MeetingFilter(personId, null, null, null);
	}

}

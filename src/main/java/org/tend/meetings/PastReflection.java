package org.tend.meetings;

import java.time.Instant;
import java.util.UUID;

import org.tend.meetings.internal.Meeting;

/** What was written after an earlier meeting, with when and how it happened. */
public record PastReflection(UUID meetingId, MeetingKind kind, Instant startsAt, Reflection reflection) {

	public static PastReflection of(Meeting meeting) {
		return new PastReflection(meeting.id(), meeting.kind(), meeting.startsAt(), meeting.reflection());
	}

}

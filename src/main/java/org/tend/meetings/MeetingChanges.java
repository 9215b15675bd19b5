package org.tend.meetings;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A partial update: a null part is left as it is. A blank place or prep clears it; a
 * given reflection replaces the whole reflection; given personIds replace the people.
 */
public record MeetingChanges(List<UUID> personIds, MeetingKind kind, MeetingMode mode, Instant startsAt,
		Integer durationMinutes, String place, MeetingStatus status, String prep, Reflection reflection) {

	public static final MeetingChanges NONE = new MeetingChanges(null, null, null, null, null, null, null, null, null);

	public MeetingChanges {
		personIds = (personIds != null) ? NewMeeting.people(personIds) : null;
		durationMinutes = NewMeeting.duration(durationMinutes);
	}

	public static MeetingChanges status(MeetingStatus status) {
		return new MeetingChanges(null, null, null, null, null, null, status, null, null);
	}

	public static MeetingChanges reflection(Reflection reflection) {
		return new MeetingChanges(null, null, null, null, null, null, null, null, reflection);
	}

}

package org.tend.meetings.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.tend.meetings.MeetingDetails;
import org.tend.meetings.MeetingKind;
import org.tend.meetings.MeetingMode;
import org.tend.meetings.MeetingStatus;

/** A meeting in the API: its people by id, and by name for convenience. */
record MeetingJson(UUID id, List<UUID> personIds, List<PersonName> people, MeetingKind kind, MeetingMode mode,
		Instant startsAt, Integer durationMinutes, String place, MeetingStatus status, String prep,
		ReflectionJson reflection, Instant createdAt, Instant updatedAt) {

	static MeetingJson of(MeetingDetails meeting) {
		return new MeetingJson(meeting.id(), meeting.personIds(),
				meeting.people().stream().map((person) -> new PersonName(person.id(), person.name())).toList(),
				meeting.kind(), meeting.mode(), meeting.startsAt(), meeting.durationMinutes(), meeting.place(),
				meeting.status(), meeting.prep(), ReflectionJson.of(meeting.reflection()), meeting.createdAt(),
				meeting.updatedAt());
	}

	record PersonName(UUID id, String name) {
	}

}

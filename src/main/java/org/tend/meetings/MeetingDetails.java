package org.tend.meetings;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.tend.people.PersonSummary;

/**
 * A meeting as pages and the API show it: with the people met (by name), the prep notes
 * and the reflection (never null; {@link Reflection#isEmpty()} until written).
 */
public record MeetingDetails(UUID id, List<PersonSummary> people, MeetingKind kind, MeetingMode mode, Instant startsAt,
		Integer durationMinutes, String place, MeetingStatus status, String prep, Reflection reflection,
		Instant createdAt, Instant updatedAt) {

	public MeetingDetails {
		people = List.copyOf(people);
	}

	public List<UUID> personIds() {
		return this.people.stream().map(PersonSummary::id).toList();
	}

}

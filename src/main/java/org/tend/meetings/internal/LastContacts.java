package org.tend.meetings.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.tend.people.PeopleService;

/**
 * Keeps each person's "last met" in step with the meetings: the day (in the member's time
 * zone) of their latest meeting that happened, or none. People owns the date and the due
 * date derived from it; meetings only tells it, so people never depends on meetings.
 */
@Component
public class LastContacts {

	private final MeetingHistory history;

	private final PeopleService people;

	LastContacts(MeetingHistory history, PeopleService people) {
		this.history = history;
		this.people = people;
	}

	public void recompute(UUID ownerId, ZoneId zone, Collection<UUID> personIds) {
		Set<UUID> distinct = Set.copyOf(personIds);
		Map<UUID, Instant> latest = this.history.latestHappened(ownerId, distinct);
		for (UUID personId : distinct) {
			Instant lastMet = latest.get(personId);
			LocalDate day = (lastMet != null) ? LocalDate.ofInstant(lastMet, zone) : null;
			this.people.updateLastContact(ownerId, personId, day);
		}
	}

}

package org.tend.meetings;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * A meeting that took place, as modules weighing relationships (depth) see it: when, how,
 * how long, whether the member reflected on it, and with whom.
 */
public record HappenedMeeting(UUID id, Instant startsAt, MeetingKind kind, MeetingMode mode, Integer durationMinutes,
		boolean reflected, Set<UUID> personIds) {

	public HappenedMeeting {
		personIds = Set.copyOf(personIds);
	}

}

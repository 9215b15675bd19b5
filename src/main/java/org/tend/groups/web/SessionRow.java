package org.tend.groups.web;

import java.time.Instant;
import java.util.UUID;

import org.tend.groups.Attendance;
import org.tend.groups.GroupSession;

/**
 * A session and the member's own answer: attendance is asked once it has started.
 */
record SessionRow(UUID groupId, UUID id, int number, Instant startsAt, boolean started, boolean attended,
		boolean recorded) {

	static SessionRow of(UUID groupId, GroupSession s, Attendance a, Instant now) {
		return new SessionRow(groupId, s.id(), s.number(), s.startsAt(), !s.startsAt().isAfter(now),
				a != null && a.attended(), a != null && a.recorded());
	}

}

package org.tend.groups;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.tend.shared.Ids;

/** One session of a group's season. */
public record GroupSession(UUID id, int number, Instant startsAt) {

	/**
	 * {@code count} new sessions {@code interval} apart, the first at {@code first} and
	 * numbered on from {@code firstNumber}: a season's sessions, or the next set of a
	 * group that keeps going.
	 */
	static List<GroupSession> series(int firstNumber, Instant first, Duration interval, int count) {
		List<GroupSession> sessions = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			sessions.add(new GroupSession(Ids.newId(), firstNumber + i, first.plus(interval.multipliedBy(i))));
		}
		return sessions;
	}

}

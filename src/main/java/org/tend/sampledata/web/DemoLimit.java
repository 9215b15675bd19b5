package org.tend.sampledata.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * Counts the demo accounts each client address made in the last hour. In memory: with
 * several instances each counts its own share. Bounded: past {@link #MAX_ADDRESSES}
 * addresses the counts start again (memory wins over precision under a flood).
 */
@Component
class DemoLimit {

	private static final Duration WINDOW = Duration.ofHours(1);

	private static final int MAX_ADDRESSES = 50_000;

	private final ConcurrentHashMap<String, Deque<Instant>> made = new ConcurrentHashMap<>();

	private final Clock clock;

	DemoLimit(Clock clock) {
		this.clock = clock;
	}

	/** Counts one more for the address; false when it already made {@code perHour}. */
	boolean tryAcquire(String address, int perHour) {
		Instant now = this.clock.instant();
		if (this.made.size() > MAX_ADDRESSES) {
			this.made.clear();
		}
		boolean[] allowed = new boolean[1];
		this.made.compute(address, (key, times) -> {
			Deque<Instant> deque = (times != null) ? times : new ArrayDeque<>();
			while (!deque.isEmpty() && !deque.peekFirst().isAfter(now.minus(WINDOW))) {
				deque.removeFirst();
			}
			allowed[0] = deque.size() < perHour;
			if (allowed[0]) {
				deque.addLast(now);
			}
			return deque;
		});
		return allowed[0];
	}

}

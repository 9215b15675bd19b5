package org.tend.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * Counts failed sign-ins per email and per client address within a sliding window; past
 * the limit, sign-in is refused with 429 until the window has passed. Kept in memory:
 * with several instances each counts its own share, which still bounds guessing to a few
 * tries a minute.
 */
@Component
class LoginThrottle {

	private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

	private final int maxFailures;

	private final Duration window;

	private final Clock clock;

	LoginThrottle(AccountsProperties properties, Clock clock) {
		this.maxFailures = properties.loginThrottle().maxFailures();
		this.window = properties.loginThrottle().window();
		this.clock = clock;
	}

	void recordFailure(String email, String address) {
		Instant now = this.clock.instant();
		record(key("email", email), now);
		record(key("address", address), now);
	}

	void recordSuccess(String email) {
		this.failures.remove(key("email", email));
	}

	/**
	 * How long the caller must wait before trying again; zero when sign-in is allowed.
	 */
	Duration retryAfter(String email, String address) {
		Instant now = this.clock.instant();
		Duration byEmail = wait(key("email", email), now);
		Duration byAddress = wait(key("address", address), now);
		return byEmail.compareTo(byAddress) >= 0 ? byEmail : byAddress;
	}

	private void record(String key, Instant now) {
		this.failures.compute(key, (k, times) -> {
			Deque<Instant> deque = (times != null) ? times : new ArrayDeque<>();
			prune(deque, now);
			deque.addLast(now);
			return deque;
		});
	}

	private Duration wait(String key, Instant now) {
		Deque<Instant> times = this.failures.get(key);
		if (times == null) {
			return Duration.ZERO;
		}
		synchronized (times) {
			prune(times, now);
			if (times.size() < this.maxFailures) {
				return Duration.ZERO;
			}
			Instant oldest = times.peekFirst();
			return Duration.between(now, oldest.plus(this.window));
		}
	}

	private void prune(Deque<Instant> times, Instant now) {
		synchronized (times) {
			while (!times.isEmpty() && !times.peekFirst().isAfter(now.minus(this.window))) {
				times.removeFirst();
			}
		}
	}

	private static String key(String kind, String value) {
		return kind + ":" + (value == null ? "" : AccountsService.normaliseEmail(value));
	}

}

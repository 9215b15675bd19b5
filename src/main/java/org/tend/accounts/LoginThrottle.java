package org.tend.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * Counts failed sign-ins per email and per client address within a sliding window; past
 * the limit, sign-in is refused with 429 until the oldest counted failure leaves the
 * window. Kept in memory: with several instances each counts its own share, which still
 * bounds guessing to a few tries a minute.
 * <p>
 * Memory stays bounded: a key keeps only its last {@code maxFailures} failures (all the
 * rule needs), a key with none left in the window is dropped, a sweep drops such keys
 * once a minute, and beyond {@code maxTrackedKeys} (a flood of made-up emails or
 * addresses) arbitrary keys are forgotten: memory wins over precision there.
 */
@Component
class LoginThrottle {

	private static final Duration SWEEP_EVERY = Duration.ofMinutes(1);

	// every change to a key's failures happens inside the map's atomic per-key compute
	private final ConcurrentHashMap<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

	private final int maxFailures;

	private final Duration window;

	private final int maxTrackedKeys;

	private final Clock clock;

	private volatile Instant nextSweep;

	LoginThrottle(AccountsProperties properties, Clock clock) {
		this.maxFailures = properties.loginThrottle().maxFailures();
		this.window = properties.loginThrottle().window();
		this.maxTrackedKeys = properties.loginThrottle().maxTrackedKeys();
		this.clock = clock;
		this.nextSweep = clock.instant().plus(SWEEP_EVERY);
	}

	void recordFailure(String email, String address) {
		Instant now = this.clock.instant();
		record(key("email", email), now);
		if (address != null) {
			record(key("address", address), now);
		}
		evict(now);
	}

	/** A right password forgives the email's failures, not the address's. */
	void recordSuccess(String email) {
		this.failures.remove(key("email", email));
	}

	/**
	 * How long the caller must wait before trying again; zero when sign-in is allowed.
	 */
	Duration retryAfter(String email, String address) {
		Instant now = this.clock.instant();
		Duration byEmail = wait(key("email", email), now);
		Duration byAddress = (address != null) ? wait(key("address", address), now) : Duration.ZERO;
		return byEmail.compareTo(byAddress) >= 0 ? byEmail : byAddress;
	}

	/** How many emails and addresses are being counted (for tests and metrics). */
	int trackedKeys() {
		return this.failures.size();
	}

	private void record(String key, Instant now) {
		this.failures.compute(key, (k, times) -> {
			Deque<Instant> deque = (times != null) ? times : new ArrayDeque<>(this.maxFailures);
			prune(deque, now);
			deque.addLast(now);
			while (deque.size() > this.maxFailures) {
				deque.removeFirst();
			}
			return deque;
		});
	}

	private Duration wait(String key, Instant now) {
		Instant[] oldest = new Instant[1];
		this.failures.computeIfPresent(key, (k, times) -> {
			prune(times, now);
			if (times.size() >= this.maxFailures) {
				oldest[0] = times.peekFirst();
			}
			return times.isEmpty() ? null : times;
		});
		return (oldest[0] != null) ? Duration.between(now, oldest[0].plus(this.window)) : Duration.ZERO;
	}

	private void evict(Instant now) {
		if (now.isBefore(this.nextSweep) && this.failures.size() <= this.maxTrackedKeys) {
			return;
		}
		this.nextSweep = now.plus(SWEEP_EVERY);
		for (String key : this.failures.keySet()) {
			this.failures.computeIfPresent(key, (k, times) -> {
				prune(times, now);
				return times.isEmpty() ? null : times;
			});
		}
		// still too many: forget some, down to three quarters so that this is not redone
		// on every failure of the flood
		Iterator<String> keys = this.failures.keySet().iterator();
		while (this.failures.size() > this.maxTrackedKeys * 3 / 4 && keys.hasNext()) {
			keys.next();
			keys.remove();
		}
	}

	private void prune(Deque<Instant> times, Instant now) {
		Instant limit = now.minus(this.window);
		while (!times.isEmpty() && !times.peekFirst().isAfter(limit)) {
			times.removeFirst();
		}
	}

	private static String key(String kind, String value) {
		return kind + ":" + (value == null ? "" : AccountsService.normaliseEmail(value));
	}

}

package org.tend.accounts.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;
import org.tend.accounts.AccountsProperties;

/**
 * Slows password guessing two ways, in memory (with several instances each counts its own
 * share, which still bounds guessing to a few tries a minute).
 * <ul>
 * <li>Per account (email): after {@code maxFailures} failures each further one makes the
 * account wait, {@code firstDelay} at first, twice as long after each failure, never more
 * than {@code accountDelayCap}. A growing delay, not a lockout: anybody can fail against
 * any account, so a lockout would let them keep its owner out for good, while this keeps
 * the owner waiting at most the cap and a guesser spread over many addresses to about one
 * try per cap. The count is forgotten a {@code window} after the last failure.</li>
 * <li>Per client address: {@code maxFailures} failures within {@code window} refuse the
 * address until the oldest leaves the window (one guesser trying many accounts).</li>
 * </ul>
 * Memory stays bounded: an address keeps only its last {@code maxFailures} failures, keys
 * with nothing left in the window are dropped by a sweep once a minute, and beyond
 * {@code maxTrackedKeys} (a flood of made-up emails or addresses) arbitrary keys are
 * forgotten: memory wins over precision there.
 */
@Component
public class LoginThrottle {

	private static final Duration SWEEP_EVERY = Duration.ofMinutes(1);

	// every change to a key's entry happens inside the map's atomic per-key compute
	private final ConcurrentHashMap<String, Strikes> accounts = new ConcurrentHashMap<>();

	private final ConcurrentHashMap<String, Deque<Instant>> addresses = new ConcurrentHashMap<>();

	private final int maxFailures;

	private final Duration window;

	private final int maxTrackedKeys;

	private final Duration firstDelay;

	private final Duration accountDelayCap;

	private final Clock clock;

	private volatile Instant nextSweep;

	LoginThrottle(AccountsProperties properties, Clock clock) {
		this.maxFailures = properties.loginThrottle().maxFailures();
		this.window = properties.loginThrottle().window();
		this.maxTrackedKeys = properties.loginThrottle().maxTrackedKeys();
		this.firstDelay = properties.loginThrottle().firstDelay();
		this.accountDelayCap = properties.loginThrottle().accountDelayCap();
		this.clock = clock;
		this.nextSweep = clock.instant().plus(SWEEP_EVERY);
	}

	public void recordFailure(String email, String address) {
		Instant now = this.clock.instant();
		this.accounts.compute(key(email), (k, strikes) -> (strikes == null || strikes.forgotten(now, this.window))
				? new Strikes(1, now) : new Strikes(strikes.count() + 1, now));
		if (address != null) {
			this.addresses.compute(key(address), (k, times) -> {
				Deque<Instant> deque = (times != null) ? times : new ArrayDeque<>(this.maxFailures);
				prune(deque, now);
				deque.addLast(now);
				while (deque.size() > this.maxFailures) {
					deque.removeFirst();
				}
				return deque;
			});
		}
		evict(now);
	}

	/** A right password forgives the email's failures, not the address's. */
	public void recordSuccess(String email) {
		this.accounts.remove(key(email));
	}

	/**
	 * How long the caller must wait before trying again; zero when sign-in is allowed.
	 */
	public Duration retryAfter(String email, String address) {
		Instant now = this.clock.instant();
		Duration byEmail = accountWait(key(email), now);
		Duration byAddress = (address != null) ? addressWait(key(address), now) : Duration.ZERO;
		return byEmail.compareTo(byAddress) >= 0 ? byEmail : byAddress;
	}

	/** How many emails and addresses are being counted (for tests and metrics). */
	int trackedKeys() {
		return this.accounts.size() + this.addresses.size();
	}

	private Duration accountWait(String key, Instant now) {
		Duration[] wait = { Duration.ZERO };
		this.accounts.computeIfPresent(key, (k, strikes) -> {
			if (strikes.forgotten(now, this.window)) {
				return null;
			}
			Duration remaining = Duration.between(now, strikes.last().plus(delay(strikes.count())));
			wait[0] = remaining.isPositive() ? remaining : Duration.ZERO;
			return strikes;
		});
		return wait[0];
	}

	/** The delay after the n-th failure in a row: doubling from the first, capped. */
	private Duration delay(int failures) {
		if (failures < this.maxFailures) {
			return Duration.ZERO;
		}
		int doublings = Math.min(failures - this.maxFailures, 30);
		Duration delay = this.firstDelay.multipliedBy(1L << doublings);
		return delay.compareTo(this.accountDelayCap) > 0 ? this.accountDelayCap : delay;
	}

	private Duration addressWait(String key, Instant now) {
		Instant[] oldest = new Instant[1];
		this.addresses.computeIfPresent(key, (k, times) -> {
			prune(times, now);
			if (times.size() >= this.maxFailures) {
				oldest[0] = times.peekFirst();
			}
			return times.isEmpty() ? null : times;
		});
		return (oldest[0] != null) ? Duration.between(now, oldest[0].plus(this.window)) : Duration.ZERO;
	}

	private void evict(Instant now) {
		if (now.isBefore(this.nextSweep) && trackedKeys() <= this.maxTrackedKeys) {
			return;
		}
		this.nextSweep = now.plus(SWEEP_EVERY);
		for (String key : this.accounts.keySet()) {
			this.accounts.computeIfPresent(key, (k, strikes) -> strikes.forgotten(now, this.window) ? null : strikes);
		}
		for (String key : this.addresses.keySet()) {
			this.addresses.computeIfPresent(key, (k, times) -> {
				prune(times, now);
				return times.isEmpty() ? null : times;
			});
		}
		// still too many: forget some, down to three quarters so that this is not redone
		// on every failure of the flood
		forgetDownTo(this.addresses, this.maxTrackedKeys * 3 / 8);
		forgetDownTo(this.accounts, this.maxTrackedKeys * 3 / 4 - this.addresses.size());
	}

	private static void forgetDownTo(Map<String, ?> map, int size) {
		Iterator<String> keys = map.keySet().iterator();
		while (map.size() > Math.max(0, size) && keys.hasNext()) {
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

	private static String key(String value) {
		return (value == null) ? "" : AccountRepository.normaliseEmail(value);
	}

	/** Failures of an account in a row, and when the last one was. */
	private record Strikes(int count, Instant last) {

		boolean forgotten(Instant now, Duration window) {
			return !now.isBefore(this.last.plus(window));
		}

	}

}

package org.tend.accounts;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Account settings: {@code TEND_SIGNUP} (open, invite, closed), the sign-in throttle,
 * {@code TEND_DEMO} (sample-data accounts: true, false, or unset to follow sign-up) and
 * how many of those one address may make an hour.
 */
@ConfigurationProperties("tend")
public record AccountsProperties(@DefaultValue("open") SignupMode signup,
		@DefaultValue LoginThrottleProperties loginThrottle, Boolean demo, @DefaultValue("5") int demoPerHour) {

	/**
	 * An account (an email) may fail {@code maxFailures} times; after that each failure,
	 * from wherever it comes, makes it wait {@code firstDelay}, then twice as long, and
	 * so on up to {@code accountDelayCap}: a growing delay instead of a lockout, so that
	 * nobody else's guesses keep its owner out for longer than the cap. A client address
	 * is refused for {@code window} after {@code maxFailures} failures within it (it is
	 * the guesser). An account's count is forgotten a {@code window} after its last
	 * failure; {@code maxTrackedKeys} bounds the memory the counting takes.
	 */
	public record LoginThrottleProperties(@DefaultValue("5") int maxFailures, @DefaultValue("15m") Duration window,
			@DefaultValue("100000") int maxTrackedKeys, @DefaultValue("5s") Duration firstDelay,
			@DefaultValue("2m") Duration accountDelayCap) {

		public LoginThrottleProperties {
			if (maxFailures < 1 || !window.isPositive() || maxTrackedKeys < 2 || !firstDelay.isPositive()
					|| accountDelayCap.compareTo(firstDelay) < 0) {
				throw new IllegalArgumentException("the sign-in throttle needs max-failures >= 1, a positive "
						+ "window, max-tracked-keys >= 2, a positive first-delay and account-delay-cap >= first-delay");
			}
		}

	}

}

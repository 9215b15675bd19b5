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
	 * At most {@code maxFailures} failed sign-ins per email and per client address within
	 * {@code window}; {@code maxTrackedKeys} bounds the memory the counting takes.
	 */
	public record LoginThrottleProperties(@DefaultValue("5") int maxFailures, @DefaultValue("15m") Duration window,
			@DefaultValue("100000") int maxTrackedKeys) {

		public LoginThrottleProperties {
			if (maxFailures < 1 || window.isNegative() || window.isZero() || maxTrackedKeys < 2) {
				throw new IllegalArgumentException("the sign-in throttle needs max-failures >= 1, a positive "
						+ "window and max-tracked-keys >= 2");
			}
		}

	}

}

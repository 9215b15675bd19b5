package org.tend.accounts;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Account settings: {@code TEND_SIGNUP} (open, invite, closed) and the sign-in throttle.
 */
@ConfigurationProperties("tend")
public record AccountsProperties(@DefaultValue("open") SignupMode signup,
		@DefaultValue LoginThrottleProperties loginThrottle) {

	public record LoginThrottleProperties(@DefaultValue("5") int maxFailures, @DefaultValue("15m") Duration window) {
	}

}

package org.tend.accounts.internal;

import java.time.Duration;

import org.springframework.security.authentication.AccountStatusException;

/** Too many failed sign-ins for this email or address: answered 429 with a wait time. */
class LoginThrottled extends AccountStatusException {

	private final Duration retryAfter;

	LoginThrottled(Duration retryAfter) {
		super("Too many failed sign-ins");
		this.retryAfter = retryAfter;
	}

	Duration retryAfter() {
		return this.retryAfter;
	}

}

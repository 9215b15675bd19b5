package org.tend.accounts;

import java.time.Duration;

/**
 * Too many wrong current passwords (or failed sign-ins) for this member: the password
 * cannot be changed before {@link #retryAfter()}.
 */
public class PasswordCheckThrottled extends RuntimeException {

	private final Duration retryAfter;

	PasswordCheckThrottled(Duration retryAfter) {
		super("Too many wrong passwords");
		this.retryAfter = retryAfter;
	}

	public Duration retryAfter() {
		return this.retryAfter;
	}

}

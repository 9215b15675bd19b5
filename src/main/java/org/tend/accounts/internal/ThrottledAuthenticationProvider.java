package org.tend.accounts.internal;

import java.time.Duration;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Checks the throttle before the password is even compared, so that a throttled caller
 * learns nothing from further guesses.
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

	private final AuthenticationProvider passwords;

	private final LoginThrottle throttle;

	ThrottledAuthenticationProvider(AuthenticationProvider passwords, LoginThrottle throttle) {
		this.passwords = passwords;
		this.throttle = throttle;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String email = authentication.getName();
		String address = (authentication.getDetails() instanceof WebAuthenticationDetails details)
				? details.getRemoteAddress() : null;
		Duration wait = this.throttle.retryAfter(email, address);
		if (!wait.isZero() && !wait.isNegative()) {
			throw new LoginThrottled(wait);
		}
		try {
			Authentication result = this.passwords.authenticate(authentication);
			this.throttle.recordSuccess(email);
			return result;
		}
		catch (AuthenticationException ex) {
			this.throttle.recordFailure(email, address);
			throw ex;
		}
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return this.passwords.supports(authentication);
	}

}

package org.tend.accounts;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.tend.accounts.AccountsProperties.LoginThrottleProperties;

import org.tend.support.TravelClock.Travel;

import static org.assertj.core.api.Assertions.assertThat;

class LoginThrottleTests {

	private final Travel clock = new Travel(Instant.parse("2026-11-23T09:00:00Z"));

	private final LoginThrottle throttle = throttle(100);

	@Test
	void refusesAnEmailForTheWindowAfterFiveFailures() {
		failures("zoë@example.org", "192.0.2.1", 4);
		assertThat(this.throttle.retryAfter("zoë@example.org", "198.51.100.7")).isZero();

		failures("zoë@example.org", "192.0.2.2", 1);

		assertThat(this.throttle.retryAfter("ZOË@example.org ", "198.51.100.7")).isEqualTo(Duration.ofMinutes(15));
		this.clock.advance(Duration.ofMinutes(14));
		assertThat(this.throttle.retryAfter("zoë@example.org", "198.51.100.7")).isEqualTo(Duration.ofMinutes(1));
		this.clock.advance(Duration.ofMinutes(1));
		assertThat(this.throttle.retryAfter("zoë@example.org", "198.51.100.7")).isZero();
	}

	@Test
	void refusesAnAddressThatTriesManyEmails() {
		for (int i = 0; i < 5; i++) {
			failures("guess" + i + "@example.org", "192.0.2.1", 1);
		}

		assertThat(this.throttle.retryAfter("anybody@example.org", "192.0.2.1")).isPositive();
		assertThat(this.throttle.retryAfter("anybody@example.org", "192.0.2.99")).isZero();
	}

	@Test
	void countsOnlyTheFailuresWithinTheWindow() {
		failures("sam@example.org", "192.0.2.1", 4);
		this.clock.advance(Duration.ofMinutes(10));
		failures("sam@example.org", "192.0.2.1", 1);
		// the first four were ten minutes ago: five in the window, until they leave it
		assertThat(this.throttle.retryAfter("sam@example.org", null)).isEqualTo(Duration.ofMinutes(5));

		this.clock.advance(Duration.ofMinutes(5));

		assertThat(this.throttle.retryAfter("sam@example.org", null)).isZero();
	}

	@Test
	void aRightPasswordForgivesTheEmailButNotTheAddress() {
		failures("ana@example.org", "192.0.2.1", 5);

		this.throttle.recordSuccess("ana@example.org");

		assertThat(this.throttle.retryAfter("ana@example.org", "198.51.100.7")).isZero();
		assertThat(this.throttle.retryAfter("ana@example.org", "192.0.2.1")).isPositive();
	}

	@Test
	void forgetsEmailsAndAddressesWhoseFailuresLeftTheWindow() {
		for (int i = 0; i < 20; i++) {
			failures("guess" + i + "@example.org", "192.0.2." + i, 1);
		}
		assertThat(this.throttle.trackedKeys()).isEqualTo(40);

		this.clock.advance(Duration.ofMinutes(16));
		failures("late@example.org", "198.51.100.7", 1);

		assertThat(this.throttle.trackedKeys()).isEqualTo(2);
	}

	@Test
	void askingAboutAnEmailWithOldFailuresForgetsIt() {
		failures("kai@example.org", null, 2);
		this.clock.advance(Duration.ofMinutes(15));

		assertThat(this.throttle.retryAfter("kai@example.org", null)).isZero();
		assertThat(this.throttle.trackedKeys()).isZero();
	}

	@Test
	void neverCountsMoreKeysThanItsLimit() {
		LoginThrottle small = throttle(10);

		for (int i = 0; i < 1_000; i++) {
			small.recordFailure("guess" + i + "@example.org", "2001:db8::" + Integer.toHexString(i));
		}

		assertThat(small.trackedKeys()).isLessThanOrEqualTo(10);
	}

	private void failures(String email, String address, int count) {
		for (int i = 0; i < count; i++) {
			this.throttle.recordFailure(email, address);
		}
	}

	private LoginThrottle throttle(int maxTrackedKeys) {
		return new LoginThrottle(new AccountsProperties(SignupMode.OPEN,
				new LoginThrottleProperties(5, Duration.ofMinutes(15), maxTrackedKeys), null, 5), this.clock);
	}

}

package org.tend.accounts.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.tend.accounts.AccountsProperties;
import org.tend.accounts.AccountsProperties.LoginThrottleProperties;
import org.tend.accounts.SignupMode;

import org.tend.support.TravelClock.Travel;

import static org.assertj.core.api.Assertions.assertThat;

class LoginThrottleTests {

	private final Travel clock = new Travel(Instant.parse("2026-11-23T09:00:00Z"));

	private final LoginThrottle throttle = throttle(100);

	private int addresses;

	@Test
	void anAccountWaitsLongerAfterEachFailureFromAnywhereUpToTheCap() {
		// every guess from another address: only the account's own delay applies
		failures("zoë@example.org", 4);
		assertThat(this.throttle.retryAfter("zoë@example.org", "198.51.100.7")).isZero();

		failures("zoë@example.org", 1);
		assertThat(this.throttle.retryAfter("ZOË@example.org ", "198.51.100.7")).isEqualTo(Duration.ofSeconds(5));
		this.clock.advance(Duration.ofSeconds(4));
		assertThat(this.throttle.retryAfter("zoë@example.org", "198.51.100.7")).isEqualTo(Duration.ofSeconds(1));
		this.clock.advance(Duration.ofSeconds(1));
		assertThat(this.throttle.retryAfter("zoë@example.org", "198.51.100.7")).isZero();

		List<Long> waits = new ArrayList<>();
		for (int i = 0; i < 8; i++) {
			failures("zoë@example.org", 1);
			Duration wait = this.throttle.retryAfter("zoë@example.org", "198.51.100.7");
			waits.add(wait.toSeconds());
			this.clock.advance(wait);
		}
		assertThat(waits).containsExactly(10L, 20L, 40L, 80L, 120L, 120L, 120L, 120L);
	}

	@Test
	void nobodyCanKeepTheOwnerOutLongerThanTheCap() {
		// an attacker guessing from many addresses, as fast as the throttle lets them,
		// for
		// a day
		for (int i = 0; i < 24 * 60; i++) {
			if (this.throttle.retryAfter("ana@example.org", "203.0.113." + (i % 250)).isZero()) {
				this.throttle.recordFailure("ana@example.org", "203.0.113." + (i % 250));
			}
			assertThat(this.throttle.retryAfter("ana@example.org", "192.0.2.1"))
				.isLessThanOrEqualTo(Duration.ofMinutes(2));
			this.clock.advance(Duration.ofMinutes(1));
		}
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
	void anAccountsFailuresAreForgottenAWindowAfterTheLastOne() {
		failures("sam@example.org", 6);
		this.clock.advance(Duration.ofMinutes(14));
		failures("sam@example.org", 1);
		// seven failures, the last just now: the delay keeps growing
		assertThat(this.throttle.retryAfter("sam@example.org", null)).isEqualTo(Duration.ofSeconds(20));

		this.clock.advance(Duration.ofMinutes(15));
		failures("sam@example.org", 1);

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

	private void failures(String email, int count) {
		for (int i = 0; i < count; i++) {
			this.throttle.recordFailure(email, "192.0.2." + (this.addresses++ % 250));
		}
	}

	private void failures(String email, String address, int count) {
		for (int i = 0; i < count; i++) {
			this.throttle.recordFailure(email, address);
		}
	}

	private LoginThrottle throttle(int maxTrackedKeys) {
		return new LoginThrottle(new AccountsProperties(SignupMode.OPEN, new LoginThrottleProperties(5,
				Duration.ofMinutes(15), maxTrackedKeys, Duration.ofSeconds(5), Duration.ofMinutes(2)), null, 5),
				this.clock);
	}

}

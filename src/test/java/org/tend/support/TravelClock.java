package org.tend.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * A clock the tests move by hand, to travel through weeks: import this configuration and
 * autowire {@link Travel}. Test classes sharing it share one application context, so each
 * test sets the time it needs.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TravelClock {

	@Bean
	@Primary
	public Travel travelClock() {
		return new Travel(Instant.parse("2026-11-23T09:00:00Z"));
	}

	/** A clock that stays where it was put until a test moves it. */
	public static final class Travel extends Clock {

		private volatile Instant now;

		public Travel(Instant now) {
			this.now = now;
		}

		public void set(Instant instant) {
			this.now = instant;
		}

		public void advance(Duration duration) {
			this.now = this.now.plus(duration);
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		/** The same clock seen from another zone: it moves when this one is moved. */
		@Override
		public Clock withZone(ZoneId zone) {
			Travel self = this;
			return new Clock() {
				@Override
				public Instant instant() {
					return self.instant();
				}

				@Override
				public ZoneId getZone() {
					return zone;
				}

				@Override
				public Clock withZone(ZoneId other) {
					return self.withZone(other);
				}
			};
		}

		@Override
		public Instant instant() {
			return this.now;
		}

	}

}

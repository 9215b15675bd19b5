package org.tend.ledger;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * Late evening of 10 March 2026 in UTC: already the 11th for a member in Madrid, so the
 * tests see whose "today" is used.
 */
@TestConfiguration(proxyBeanMethods = false)
class FixedClock {

	static final Instant NOW = Instant.parse("2026-03-10T23:30:00Z");

	@Bean
	@Primary
	Clock fixedClock() {
		return Clock.fixed(NOW, ZoneOffset.UTC);
	}

}

package org.tend.shared;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.tend.shared.web.InvalidInput;
import org.tend.support.TravelClock.Travel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DateRulesTests {

	private static final ZoneId MADRID = ZoneId.of("Europe/Madrid");

	private final Travel clock = new Travel(Instant.parse("2026-11-23T09:00:00Z"));

	private final DateRules rules = new DateRules(this.clock);

	@Test
	void aMeetingThatHappenedMayStartAFewMinutesAheadButNotTomorrow() {
		assertThat(this.rules.requireHappened("startsAt", this.clock.instant().plus(Duration.ofMinutes(4)), MADRID))
			.isNotNull();
		assertThatThrownBy(
				() -> this.rules.requireHappened("startsAt", this.clock.instant().plus(Duration.ofDays(1)), MADRID))
			.isInstanceOfSatisfying(InvalidInput.class, (ex) -> {
				assertThat(ex.field()).isEqualTo("startsAt");
				assertThat(ex.getMessage()).startsWith("Enter a date between 23 Nov 1946 and 23 Nov 2026.")
					.contains("plan it instead");
			});
	}

	@Test
	void nothingIsDatedMoreThanEightyYearsBack() {
		assertThatThrownBy(() -> this.rules.requireHappened("startsAt", Instant.parse("1901-06-01T10:00:00Z"), MADRID))
			.hasMessage("Enter a date between 23 Nov 1946 and 23 Nov 2026.");
		assertThatThrownBy(() -> this.rules.requirePast("metOn", LocalDate.of(1946, 11, 22), ZoneOffset.UTC))
			.isInstanceOf(InvalidInput.class);
		assertThat(this.rules.requirePast("metOn", LocalDate.of(1946, 11, 23), ZoneOffset.UTC)).isNotNull();
	}

	@Test
	void aDayThatHappenedIsNotAfterTodayInTheZoneGiven() {
		assertThat(this.rules.requirePast("on", LocalDate.of(2026, 11, 23), MADRID)).isNotNull();
		assertThatThrownBy(() -> this.rules.requirePast("on", LocalDate.of(2026, 11, 24), MADRID))
			.isInstanceOfSatisfying(InvalidInput.class, (ex) -> assertThat(ex.field()).isEqualTo("on"));
		// 23:00 in Kiritimati already: tomorrow in UTC is today somewhere
		assertThat(this.rules.requirePast("metOn", LocalDate.of(2026, 11, 23), DateRules.ANYWHERE)).isNotNull();
	}

	@Test
	void aPlanMayBeAheadWithinTenYears() {
		assertThat(this.rules.requirePlan("due", LocalDate.of(2030, 1, 1), MADRID)).isNotNull();
		assertThatThrownBy(() -> this.rules.requirePlan("due", LocalDate.of(20255, 1, 1), MADRID))
			.hasMessage("Enter a date between 23 Nov 1946 and 23 Nov 2036.");
	}

	@Test
	void readsYearsOfMoreThanFourDigitsSoTheyCanBeToldTheRange() {
		assertThat(DateRules.parseDate("20255-03-02")).isEqualTo(LocalDate.of(20255, 3, 2));
		assertThat(DateRules.parseDateTime("20255-03-02T09:30").getYear()).isEqualTo(20255);
		assertThatThrownBy(() -> DateRules.parseDate("2025-02-30")).isInstanceOf(RuntimeException.class);
		assertThatThrownBy(() -> DateRules.parseDate("soon")).isInstanceOf(RuntimeException.class);
	}

	@Test
	void aPlannedStartHasPassedOnceItsTimeHasCome() {
		assertThat(this.rules.hasPassed(this.clock.instant().minusSeconds(1))).isTrue();
		assertThat(this.rules.hasPassed(this.clock.instant().plusSeconds(60))).isFalse();
	}

}

package org.tend.mail;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.tend.mail.internal.WeeklyNudgeJob;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** The plain rules: back-off, the chosen moment of a week, what a mail may hold. */
class MailRulesTests {

	@Test
	void retriesWaitTwiceAsLongEachTimeUpToTheCap() {
		MailJobProperties properties = properties(Duration.ofDays(30), Duration.ofDays(180));

		assertThat(properties.retryAfter(1)).isEqualTo(Duration.ofMinutes(1));
		assertThat(properties.retryAfter(2)).isEqualTo(Duration.ofMinutes(2));
		assertThat(properties.retryAfter(3)).isEqualTo(Duration.ofMinutes(4));
		assertThat(properties.retryAfter(6)).isEqualTo(Duration.ofMinutes(32));
		assertThat(properties.retryAfter(7)).isEqualTo(Duration.ofHours(1));
		assertThat(properties.retryAfter(1000)).isEqualTo(Duration.ofHours(1));
	}

	@Test
	void finishedMailIsKeptLongerThanItsDedupeKeyCanComeBack() {
		assertThat(MailJobProperties.SHORTEST_KEEP_FINISHED).isGreaterThan(Duration.ofDays(7).plusHours(26))
			.isGreaterThan(Duration.ofDays(MailPreferences.MAX_DAYS_BEFORE + 1).plusHours(26));
		assertThat(properties(Duration.ofDays(21), Duration.ofDays(30)).keepFinished()).isEqualTo(Duration.ofDays(21));
		assertThatIllegalArgumentException().isThrownBy(() -> properties(Duration.ofDays(20), Duration.ofDays(180)))
			.withMessageContaining("keep-finished >= 21d");
		assertThatIllegalArgumentException().isThrownBy(() -> properties(Duration.ofDays(30), Duration.ofDays(29)))
			.withMessageContaining("keep-unsubscribe-links >= 30d");
	}

	@Test
	void theChosenMomentIsInTheMembersOwnWeekAndZone() {
		MailPreferences friday = new MailPreferences(true, DayOfWeek.FRIDAY, 7, true, 1, true);
		ZonedDateTime sundayInAuckland = ZonedDateTime.of(2026, 11, 29, 23, 0, 0, 0, ZoneId.of("Pacific/Auckland"));

		assertThat(WeeklyNudgeJob.chosenMoment(sundayInAuckland, friday))
			.isEqualTo(ZonedDateTime.of(2026, 11, 27, 7, 0, 0, 0, ZoneId.of("Pacific/Auckland")));
		assertThat(WeeklyNudgeJob.chosenMoment(sundayInAuckland, MailPreferences.DEFAULTS))
			.isEqualTo(ZonedDateTime.of(2026, 11, 23, 8, 0, 0, 0, ZoneId.of("Pacific/Auckland")));
	}

	@Test
	void namesIsoWeeksAcrossTheYearsEnd() {
		assertThat(WeeklyNudgeJob.isoWeek(LocalDate.of(2026, 11, 23))).isEqualTo("2026-W48");
		assertThat(WeeklyNudgeJob.isoWeek(LocalDate.of(2027, 1, 1))).isEqualTo("2026-W53");
		assertThat(WeeklyNudgeJob.isoWeek(LocalDate.of(2029, 12, 31))).isEqualTo("2030-W01");
	}

	@Test
	void aMailRefusesHeadersThatWouldInjectMoreHeaders() {
		assertThatIllegalArgumentException().isThrownBy(() -> new OutgoingMail(null, "a@example.org", "Hi", "Body",
				null, Map.of("X-Note", "ok\r\nBcc: victim@example.org"), "k", null));
		assertThatIllegalArgumentException().isThrownBy(() -> new OutgoingMail(null, "a@example.org",
				"Hi\nBcc: x@example.org", "Body", null, Map.of(), "k", null));
	}

	@Test
	void preferencesKeepTheirRanges() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new MailPreferences(true, DayOfWeek.MONDAY, 24, true, 1, true));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new MailPreferences(true, DayOfWeek.MONDAY, 8, true, 15, true));
		assertThat(MailPreferences.DEFAULTS.without(MailKind.WEEKLY_NUDGE))
			.isEqualTo(new MailPreferences(false, DayOfWeek.MONDAY, 8, true, 1, true));
		assertThat(MailPreferences.DEFAULTS.without(MailKind.PROMISE_REMINDER).wants(MailKind.WEEKLY_NUDGE)).isTrue();
		assertThat(MailPreferences.DEFAULTS.without(MailKind.INTRODUCTION_REQUEST))
			.isEqualTo(new MailPreferences(true, DayOfWeek.MONDAY, 8, true, 1, false));
		assertThat(MailPreferences.DEFAULTS.wants(MailKind.INTRODUCTION_REQUEST)).isTrue();
		assertThat(MailKind.fromCode("introduction_request")).isEqualTo(MailKind.INTRODUCTION_REQUEST);
	}

	private static MailJobProperties properties(Duration keepFinished, Duration keepUnsubscribeLinks) {
		return new MailJobProperties("Tend <tend@localhost>", 10, Duration.ofMinutes(1), Duration.ofHours(1),
				Duration.ofMinutes(10), 50, keepFinished, keepUnsubscribeLinks);
	}

}

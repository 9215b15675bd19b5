package org.tend.community;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.tend.community.internal.InviteCodes;
import org.tend.community.internal.SuggestedTimes;
import org.tend.shared.web.InvalidInput;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The plain rules of communities: periods, suggested times, invite codes, limits. */
class CommunityRulesTests {

	@Test
	void periodsStartOnMondaysFortnightsAndFirstsOfMonths() {
		LocalDate thursday = LocalDate.of(2026, 12, 3);
		assertThat(Cadence.WEEKLY.periodStart(thursday)).isEqualTo(LocalDate.of(2026, 11, 30));
		assertThat(Cadence.MONTHLY.periodStart(thursday)).isEqualTo(LocalDate.of(2026, 12, 1));
		LocalDate fortnight = Cadence.FORTNIGHTLY.periodStart(thursday);
		assertThat(fortnight.getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
		assertThat(Cadence.FORTNIGHTLY.periodStart(fortnight.plusDays(13))).isEqualTo(fortnight);
		assertThat(Cadence.FORTNIGHTLY.periodStart(fortnight.plusDays(14))).isEqualTo(fortnight.plusWeeks(2));
		assertThat(Cadence.MONTHLY.openDate(LocalDate.of(2026, 12, 1), DayOfWeek.MONDAY))
			.isEqualTo(LocalDate.of(2026, 12, 7));
	}

	@Test
	void aSuggestedTimeIsAWeekdayWorkingHourForEveryone() {
		Instant opens = Instant.parse("2026-12-04T08:00:00Z"); // a Friday
		Instant suggested = SuggestedTimes.suggest(opens,
				List.of(ZoneId.of("Europe/Madrid"), ZoneId.of("America/New_York")));
		assertThat(suggested).isAfterOrEqualTo(opens.plusSeconds(2 * 86400));
		for (String zone : List.of("Europe/Madrid", "America/New_York")) {
			var local = suggested.atZone(ZoneId.of(zone));
			assertThat(local.getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
			assertThat(local.getHour()).isBetween(9, 16);
		}
	}

	@Test
	void inviteCodesAreReadAsTypedOrAsALink() {
		String code = InviteCodes.newCode();
		assertThat(code).hasSize(12).matches("[a-z2-9]+");
		assertThat(InviteCodes.normalize(" " + code.toUpperCase() + " ")).isEqualTo(code);
		assertThat(InviteCodes.normalize("https://tend.example/communities/join/" + code)).isEqualTo(code);
		assertThat(InviteCodes.normalize(code.substring(0, 4) + "-" + code.substring(4))).isEqualTo(code);
		assertThat(InviteCodes.newCode()).isNotEqualTo(code);
	}

	@Test
	void aProfileOverItsLimitsNamesTheField() {
		ZoneId zone = ZoneId.of("Europe/Madrid");
		assertThatThrownBy(
				() -> Profile.parse("x".repeat(201), null, null, null, null, null, null, null, null, null, null, zone))
			.isInstanceOfSatisfying(InvalidInput.class, (ex) -> assertThat(ex.field()).isEqualTo("headline"));
		assertThatThrownBy(() -> Profile.parse(null, null, null,
				java.util.Collections.nCopies(11, "a").stream().map((a) -> a + Math.random()).toList(), null, null,
				null, null, null, null, null, zone))
			.isInstanceOfSatisfying(InvalidInput.class, (ex) -> assertThat(ex.field()).isEqualTo("asks"));
		Profile tidy = Profile.parse("  Ceramicist ", List.of("rust", " rust ", ""), null, null, null, null, null,
				"IN_PERSON", null, null, null, zone);
		assertThat(tidy.headline()).isEqualTo("Ceramicist");
		assertThat(tidy.topics()).containsExactly("rust");
		assertThat(tidy.optIn()).isTrue();
		assertThat(tidy.takesPart(LocalDate.of(2026, 12, 8))).isTrue();
	}

	@Test
	void aPausedOrSkippingMemberSitsTheRoundOut() {
		ZoneId zone = ZoneId.of("UTC");
		LocalDate day = LocalDate.of(2026, 12, 8);
		assertThat(Profile.parse(null, null, null, null, null, null, null, null, true, true, null, zone).takesPart(day))
			.isFalse();
		assertThat(Profile.parse(null, null, null, null, null, null, null, null, true, false, day, zone).takesPart(day))
			.isFalse();
		assertThat(Profile.parse(null, null, null, null, null, null, null, null, true, false, day.minusDays(1), zone)
			.takesPart(day)).isTrue();
		assertThat(
				Profile.parse(null, null, null, null, null, null, null, null, false, false, null, zone).takesPart(day))
			.isFalse();
	}

}

package org.tend.challenge.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.tend.challenge.CalendarWeek;
import org.tend.challenge.ChallengeSettings;
import org.tend.challenge.Pace;

import static org.assertj.core.api.Assertions.assertThat;

class ProgressTests {

	// Thursday of 2026-W48
	private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

	private final Map<LocalDate, Integer> happened = new HashMap<>();

	@Test
	void labelsIsoWeeksAcrossTheYearEnd() {
		assertThat(IsoWeeks.label(TODAY)).isEqualTo("2026-W48");
		assertThat(IsoWeeks.label(LocalDate.of(2027, 1, 1))).isEqualTo("2026-W53");
		assertThat(IsoWeeks.label(LocalDate.of(2025, 12, 29))).isEqualTo("2026-W01");
	}

	@Test
	void theOpenWeekDoesNotBreakTheStreak() {
		met(TODAY.minusWeeks(1), TODAY.minusWeeks(2), TODAY.minusWeeks(3));

		assertThat(progress(ChallengeSettings.DEFAULT).streak()).isEqualTo(3);
		assertThat(progress(ChallengeSettings.DEFAULT).done()).isZero();
		assertThat(progress(ChallengeSettings.DEFAULT).previousMissed()).isFalse();
	}

	@Test
	void theWeekCountsOnceItsGoalIsMet() {
		met(TODAY, TODAY.minusWeeks(1));

		assertThat(progress(ChallengeSettings.DEFAULT).streak()).isEqualTo(2);
		assertThat(progress(ChallengeSettings.DEFAULT).done()).isEqualTo(1);
	}

	@Test
	void aMissedWeekStartsTheStreakAgain() {
		met(TODAY.minusWeeks(1), TODAY.minusWeeks(3), TODAY.minusWeeks(4));

		assertThat(progress(ChallengeSettings.DEFAULT).streak()).isEqualTo(1);

		this.happened.clear();
		met(TODAY.minusWeeks(2), TODAY.minusWeeks(3));
		assertThat(progress(ChallengeSettings.DEFAULT).streak()).isZero();
		assertThat(progress(ChallengeSettings.DEFAULT).previousMissed()).isTrue();
	}

	@Test
	void aHigherGoalNeedsMoreMeetingsInTheWeek() {
		met(TODAY, TODAY.minusWeeks(1), TODAY.minusWeeks(1));

		Progress twoAWeek = progress(new ChallengeSettings(2, Pace.WEEKLY));
		assertThat(twoAWeek.done()).isEqualTo(1);
		assertThat(twoAWeek.streak()).isEqualTo(1);
	}

	@Test
	void fortnightsCountTwoWeeksTogether() {
		ChallengeSettings fortnightly = new ChallengeSettings(1, Pace.FORTNIGHTLY);
		LocalDate start = IsoWeeks.periodStart(TODAY, Pace.FORTNIGHTLY);
		// one meeting in either week of each of the three fortnights before
		met(start.minusWeeks(1), start.minusWeeks(4), start.minusWeeks(5));

		Progress progress = progress(fortnightly);
		assertThat(progress.streak()).isEqualTo(3);
		assertThat(progress.periodEnd()).isEqualTo(start.plusDays(13));
		assertThat(ChallengeSettings.DEFAULT.pace().weeks()).isEqualTo(1);
	}

	@Test
	void fortnightsNeverShiftWhateverTheDay() {
		Random random = new Random(20261123L);
		for (int i = 0; i < 2000; i++) {
			LocalDate day = LocalDate.of(2020, 1, 1).plusDays(random.nextInt(5000));
			LocalDate start = IsoWeeks.periodStart(day, Pace.FORTNIGHTLY);
			assertThat(start.getDayOfWeek().getValue()).as("seed 20261123, day " + day).isEqualTo(1);
			assertThat(day).as("seed 20261123, day " + day).isBetween(start, start.plusDays(13));
			assertThat(IsoWeeks.periodStart(start.plusDays(13), Pace.FORTNIGHTLY)).as("seed 20261123, day " + day)
				.isEqualTo(start);
		}
	}

	@Test
	void theCalendarHoldsTheLast52WeeksEndingWithThisOne() {
		met(TODAY.minusWeeks(51), TODAY);

		List<CalendarWeek> calendar = progress(ChallengeSettings.DEFAULT).calendar();

		assertThat(calendar).hasSize(52);
		assertThat(calendar.get(0).goalMet()).isTrue();
		assertThat(calendar.get(1).goalMet()).isFalse();
		assertThat(calendar.get(51).current()).isTrue();
		assertThat(calendar.get(51).week()).isEqualTo("2026-W48");
		assertThat(calendar.get(51).done()).isEqualTo(1);
	}

	private void met(LocalDate... days) {
		for (LocalDate day : days) {
			this.happened.merge(IsoWeeks.monday(day), 1, Integer::sum);
		}
	}

	private Progress progress(ChallengeSettings settings) {
		return new Progress((monday) -> this.happened.getOrDefault(monday, 0), settings, TODAY);
	}

}

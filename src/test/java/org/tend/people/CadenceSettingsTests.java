package org.tend.people;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.tend.people.internal.CadenceSettings;
import org.tend.people.internal.DueDates;

import static org.assertj.core.api.Assertions.assertThat;

class CadenceSettingsTests {

	private static final LocalDate MET = LocalDate.parse("2026-01-10");

	@Test
	void ownCadenceWinsOverTheCirclesDefault() {
		CadenceSettings cadence = new CadenceSettings(10, Circle.WIDER, null);

		assertThat(cadence.effectiveDays()).isEqualTo(10);
		assertThat(cadence.dueAfter(MET)).isEqualTo(LocalDate.parse("2026-01-20"));
	}

	@Test
	void circleDefaultAppliesWithoutAnOwnCadence() {
		assertThat(new CadenceSettings(null, Circle.INNER, null).dueAfter(MET)).isEqualTo(MET.plusDays(14));
		assertThat(new CadenceSettings(null, Circle.CLOSE, null).dueAfter(MET)).isEqualTo(MET.plusDays(30));
		assertThat(new CadenceSettings(null, Circle.ACTIVE, null).dueAfter(MET)).isEqualTo(MET.plusDays(90));
		assertThat(new CadenceSettings(null, Circle.WIDER, null).dueAfter(MET)).isEqualTo(MET.plusDays(180));
	}

	@Test
	void personWithoutCadenceOrCircleIsNeverDue() {
		CadenceSettings none = new CadenceSettings(null, null, MET);

		assertThat(none.effectiveDays()).isNull();
		assertThat(none.dueAfter(MET.plusDays(3))).isNull();
	}

	@Test
	void aFirstMetDayIsNotAMeetingSoTheClockWaitsForTheFirstMeeting() {
		CadenceSettings cadence = new CadenceSettings(30, Circle.INNER, MET);

		assertThat(cadence.dueAfter(null)).isNull();
		assertThat(cadence.dueAfter(MET.plusDays(50))).isEqualTo(MET.plusDays(80));
	}

	@Test
	void onlyTheLastMeetingCountsEvenWithALaterFirstMetDay() {
		assertThat(new CadenceSettings(30, null, MET).dueAfter(MET.minusDays(100))).isEqualTo(MET.minusDays(70));
	}

	@Test
	void personNeverMetIsNeverDue() {
		assertThat(new CadenceSettings(30, Circle.INNER, null).dueAfter(null)).isNull();
	}

	@Test
	void readsDaysUntilDueAgainstToday() {
		LocalDate today = LocalDate.parse("2026-02-01");

		assertThat(DueDates.daysUntil(today.plusDays(3), today)).isEqualTo(3);
		assertThat(DueDates.daysUntil(today.minusDays(4), today)).isEqualTo(-4);
		assertThat(DueDates.daysUntil(null, today)).isNull();
		assertThat(DueDates.isDue(today, today)).isTrue();
		assertThat(DueDates.isDue(today.plusDays(1), today)).isFalse();
		assertThat(DueDates.isDue(null, today)).isFalse();
	}

}

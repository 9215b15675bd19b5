package org.tend.challenge.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;

import org.tend.challenge.Pace;

/** ISO weeks and the periods of a pace, as calendar dates in the member's zone. */
public final class IsoWeeks {

	/**
	 * The Monday fortnights count from (2024-W01): fixed, so a fortnight never shifts
	 * with the day the member chose the pace.
	 */
	static final LocalDate ANCHOR = LocalDate.of(2024, 1, 1);

	private IsoWeeks() {
	}

	static LocalDate monday(LocalDate day) {
		return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
	}

	/** The ISO week holding the day, as {@code 2026-W48}. */
	public static String label(LocalDate day) {
		return String.format("%d-W%02d", day.get(IsoFields.WEEK_BASED_YEAR),
				day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
	}

	/** The Monday the pace's period holding the day starts on. */
	public static LocalDate periodStart(LocalDate day, Pace pace) {
		LocalDate monday = monday(day);
		long weeks = ChronoUnit.WEEKS.between(ANCHOR, monday);
		return monday.minusWeeks(Math.floorMod(weeks, pace.weeks()));
	}

}

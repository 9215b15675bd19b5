package org.tend.community;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Arrays;
import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * How often a community's rounds open. A round belongs to a period (a week from Monday,
 * two weeks counted from the Monday of 5 January 1970, or a calendar month) and opens on
 * the community's weekday in it (for a month, its first such weekday).
 */
public enum Cadence {

	WEEKLY, FORTNIGHTLY, MONTHLY;

	private static final LocalDate FIRST_FORTNIGHT = LocalDate.of(1970, 1, 5);

	@JsonValue
	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static Cadence fromCode(String code) {
		return Arrays.stream(values())
			.filter((cadence) -> cadence.code().equals(code))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("cadence must be weekly, fortnightly or monthly"));
	}

	/** The first day of the period holding the date. */
	public LocalDate periodStart(LocalDate date) {
		return switch (this) {
			case WEEKLY -> date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
			case FORTNIGHTLY -> {
				long weeks = ChronoUnit.WEEKS.between(FIRST_FORTNIGHT,
						date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)));
				yield FIRST_FORTNIGHT.plusWeeks(weeks - Math.floorMod(weeks, 2));
			}
			case MONTHLY -> date.withDayOfMonth(1);
		};
	}

	/** The first day of the period after the one starting on the given day. */
	public LocalDate nextPeriod(LocalDate periodStart) {
		return switch (this) {
			case WEEKLY -> periodStart.plusWeeks(1);
			case FORTNIGHTLY -> periodStart.plusWeeks(2);
			case MONTHLY -> periodStart.plusMonths(1);
		};
	}

	/** The day a round of the period opens: the first given weekday from its start. */
	public LocalDate openDate(LocalDate periodStart, DayOfWeek day) {
		return periodStart.with(TemporalAdjusters.nextOrSame(day));
	}

}

package org.tend.people.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** Reading a due date against "today" in the member's time zone. */
public final class DueDates {

	private DueDates() {
	}

	public static Long daysUntil(LocalDate dueOn, LocalDate today) {
		return (dueOn == null) ? null : ChronoUnit.DAYS.between(today, dueOn);
	}

	public static boolean isDue(LocalDate dueOn, LocalDate today) {
		return dueOn != null && !dueOn.isAfter(today);
	}

}

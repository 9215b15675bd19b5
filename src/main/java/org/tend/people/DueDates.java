package org.tend.people;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** Reading a due date against "today" in the member's time zone. */
final class DueDates {

	private DueDates() {
	}

	static Long daysUntil(LocalDate dueOn, LocalDate today) {
		return (dueOn == null) ? null : ChronoUnit.DAYS.between(today, dueOn);
	}

	static boolean isDue(LocalDate dueOn, LocalDate today) {
		return dueOn != null && !dueOn.isAfter(today);
	}

}

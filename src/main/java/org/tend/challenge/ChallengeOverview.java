package org.tend.challenge;

import java.time.LocalDate;
import java.util.List;

/**
 * What the challenge page shows: this week, the settings, the period (first and last
 * day), whether the period before slipped by (said gently, never as a failure) and the 52
 * weeks up to this one, oldest first.
 */
public record ChallengeOverview(ChallengeWeek week, ChallengeSettings settings, LocalDate periodStart,
		LocalDate periodEnd, boolean previousMissed, List<CalendarWeek> calendar) {

	public ChallengeOverview {
		calendar = List.copyOf(calendar);
	}

}

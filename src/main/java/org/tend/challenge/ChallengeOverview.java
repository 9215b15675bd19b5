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

	/**
	 * Whether to say, gently, that the last period slipped by: only to a member who has
	 * met a goal before and has not met this one yet (a newcomer has nothing to miss).
	 */
	public boolean gentleNudge() {
		return this.previousMissed && !this.week.goalMet() && this.calendar.stream().anyMatch(CalendarWeek::goalMet);
	}

}

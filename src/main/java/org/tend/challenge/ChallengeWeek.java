package org.tend.challenge;

import java.util.List;

/**
 * This week of the challenge: the ISO week ({@code 2026-W48}, in the member's zone), the
 * goal and how many meetings happened towards it in the current period (the week, or the
 * fortnight holding it), the streak of periods in a row that met the goal (the period
 * still open counts once met, and never breaks it), and up to three suggestions.
 */
public record ChallengeWeek(String week, int goal, int done, int streakWeeks, List<Suggestion> suggestions) {

	public ChallengeWeek {
		suggestions = List.copyOf(suggestions);
	}

	public boolean goalMet() {
		return this.done >= this.goal;
	}

}

package org.tend.challenge;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * The member's goal: {@value #MIN_GOAL} to {@value #MAX_GOAL} meetings that happened per
 * period of the pace. The default is one meaningful meeting a week.
 */
public record ChallengeSettings(@Min(MIN_GOAL) @Max(MAX_GOAL) int goal, @NotNull Pace pace) {

	public static final int MIN_GOAL = 1;

	public static final int MAX_GOAL = 7;

	public static final ChallengeSettings DEFAULT = new ChallengeSettings(1, Pace.WEEKLY);

	public ChallengeSettings {
		if (goal < MIN_GOAL || goal > MAX_GOAL) {
			throw new IllegalArgumentException("goal must be between " + MIN_GOAL + " and " + MAX_GOAL);
		}
		if (pace == null) {
			throw new IllegalArgumentException("pace is required");
		}
	}

}

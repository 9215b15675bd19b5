package org.tend.introductions;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An introduction the member asked for, as the member sees it: both sides and both
 * answers (the member asked both; neither side ever learns the other's answer).
 */
public record Introduction(UUID id, IntroductionStatus status, List<Side> sides, Instant createdAt, Instant expiresAt) {

	public Introduction {
		sides = List.copyOf(sides);
	}

	/** One person asked, and their answer so far. */
	public record Side(UUID personId, Answer answer) {
	}

}

package org.tend.community;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.tend.community.matching.LeftOut;
import org.tend.community.matching.PlannedGroup;

/**
 * A round as planned: the period it belongs to and when it opens, its groups (pairs, and
 * the trio of an odd count) with score and reasons, who was left out and why, and the sum
 * of the groups' scores.
 */
public record RoundPlan(LocalDate periodStart, Instant opensAt, List<PlannedGroup> groups, List<LeftOut> leftOut,
		long totalScore) {

	public RoundPlan {
		groups = List.copyOf(groups);
		leftOut = List.copyOf(leftOut);
	}

	/** Everyone the round pairs. */
	public List<UUID> paired() {
		return this.groups.stream().flatMap((group) -> group.memberIds().stream()).toList();
	}

}

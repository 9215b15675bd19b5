package org.tend.community.matching;

import java.util.List;

/**
 * A planned round: the groups, who was left out, and the total fit.
 *
 * @param groups the pairs and at most one trio
 * @param leftOut the members no group could take, with a reason each
 * @param totalScore the sum of the groups' scores
 */
public record PlannedRound(List<PlannedGroup> groups, List<LeftOut> leftOut, long totalScore) {

	public PlannedRound {
		groups = List.copyOf(groups);
		leftOut = List.copyOf(leftOut);
	}

}

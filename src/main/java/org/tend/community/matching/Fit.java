package org.tend.community.matching;

import java.util.List;

/**
 * The fit of two members: a score and the parts it is made of.
 *
 * @param score the sum of the reasons' points, at least 0
 * @param reasons the parts, in a fixed order
 */
public record Fit(int score, List<FitReason> reasons) {

	public Fit {
		reasons = List.copyOf(reasons);
		if (score < 0) {
			throw new IllegalArgumentException("A fit cannot be negative: " + score);
		}
	}

}

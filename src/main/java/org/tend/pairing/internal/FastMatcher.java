package org.tend.pairing.internal;

/**
 * The fast mode: the exact solver, stopped as soon as its dual bound proves the matching
 * within 0.45 % of the optimum (so at least 99.5 % of it, with room for rounding in the
 * check). The most expensive part of an exact run is its tail, where the last few single
 * vertices grow large alternating trees for little gain.
 */
final class FastMatcher {

	static final double TOLERANCE = 0.0045;

	private FastMatcher() {
	}

	static int[] match(int n, int[] from, int[] to, long[] weight, long bonus) {
		return Pricing.match(n, from, to, weight, bonus, TOLERANCE);
	}

}

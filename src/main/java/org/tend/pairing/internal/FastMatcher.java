package org.tend.pairing.internal;

final class FastMatcher {

	private FastMatcher() {
	}

	static int[] match(int n, int[] from, int[] to, long[] weight) {
		return BlossomSolver.run(n, from, to, weight);
	}

}

package org.tend.pairing;

import java.util.Arrays;

/**
 * The best matching by trying every one (dynamic programming over vertex subsets), for
 * graphs of up to about 14 vertices: the yardstick the engine is checked against.
 */
final class BruteForce {

	private final int n;

	private final long[][] weight;

	private final long pairBonus;

	private final long[] memo;

	private BruteForce(WeightedGraph graph, boolean cardinalityFirst) {
		this.n = graph.vertexCount();
		this.weight = new long[this.n][this.n];
		long total = 1;
		for (int e = 0; e < graph.edgeCount(); e++) {
			this.weight[graph.from(e)][graph.to(e)] = graph.weight(e);
			this.weight[graph.to(e)][graph.from(e)] = graph.weight(e);
			total += graph.weight(e);
		}
		this.pairBonus = cardinalityFirst ? total : 0;
		this.memo = new long[1 << this.n];
		Arrays.fill(this.memo, -1);
	}

	/** The best total weight (pairs first if asked), as pairCount * bonus + weight. */
	static long best(WeightedGraph graph, boolean cardinalityFirst) {
		BruteForce search = new BruteForce(graph, cardinalityFirst);
		return search.solve(0);
	}

	static long score(WeightedGraph graph, Matching matching, boolean cardinalityFirst) {
		long total = 1;
		for (int e = 0; e < graph.edgeCount(); e++) {
			total += graph.weight(e);
		}
		return (cardinalityFirst ? total * matching.pairCount() : 0) + matching.totalWeight();
	}

	private long solve(int used) {
		if (used == (1 << this.n) - 1) {
			return 0;
		}
		if (this.memo[used] >= 0) {
			return this.memo[used];
		}
		int i = Integer.numberOfTrailingZeros(~used);
		long best = solve(used | (1 << i));
		for (int j = i + 1; j < this.n; j++) {
			if ((used & (1 << j)) == 0 && this.weight[i][j] > 0) {
				best = Math.max(best, this.pairBonus + this.weight[i][j] + solve(used | (1 << i) | (1 << j)));
			}
		}
		this.memo[used] = best;
		return best;
	}

}

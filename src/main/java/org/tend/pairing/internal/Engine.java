package org.tend.pairing.internal;

import org.tend.pairing.Matching;
import org.tend.pairing.MatchingEngine;
import org.tend.pairing.MatchingMode;
import org.tend.pairing.WeightedGraph;

/**
 * Tend's matching engine: Edmonds' blossom algorithm in primitive arrays
 * ({@link BlossomSolver}), run to the end for the exact mode and stopped once its duals
 * prove 99.5 % for the fast mode ({@link FastMatcher}); dense graphs go through a priced
 * core ({@link Pricing}). See docs/pairing.md.
 */
public final class Engine implements MatchingEngine {

	@Override
	public Matching maximumWeight(WeightedGraph graph, MatchingMode mode) {
		return solve(graph, 0, mode);
	}

	@Override
	public Matching maximumCardinalityThenWeight(WeightedGraph graph, MatchingMode mode) {
		// every pair is worth more than all the weight a matching can carry, so one more
		// pair always beats any gain in weight
		long bonus = 1;
		for (int e = 0; e < graph.edgeCount(); e++) {
			bonus += graph.weight(e);
		}
		return solve(graph, bonus, mode);
	}

	private static Matching solve(WeightedGraph graph, long bonus, MatchingMode mode) {
		int m = graph.edgeCount();
		int[] from = new int[m];
		int[] to = new int[m];
		long[] weight = new long[m];
		for (int e = 0; e < m; e++) {
			from[e] = graph.from(e);
			to[e] = graph.to(e);
			weight[e] = graph.weight(e) + bonus;
		}
		int[] mate = (mode == MatchingMode.EXACT) ? exact(graph.vertexCount(), from, to, weight)
				: FastMatcher.match(graph.vertexCount(), from, to, weight, bonus);
		long total = 0;
		for (int e = 0; e < m; e++) {
			if (mate[from[e]] == to[e]) {
				total += graph.weight(e);
			}
		}
		return new Matching(mate, total);
	}

	static int[] exact(int n, int[] from, int[] to, long[] weight) {
		return Pricing.match(n, from, to, weight, 0, 0);
	}

}

package org.tend.pairing.internal;

import java.util.Arrays;

/**
 * Dense graphs go to the solver in a smaller core: each vertex's {@value #CORE} heaviest
 * edges. The optimum of the core is the optimum of the whole graph when no left-out edge
 * has negative slack under the core's final duals (the duals are then feasible for the
 * whole graph, and the core's matching meets them with equality); otherwise the violated
 * edges join the core and the solver runs again. On a complete graph of 2,000 vertices
 * the core holds about 1 % of the edges and one or two rounds settle it.
 */
final class Pricing {

	/** Edges kept per vertex in the core. */
	static final int CORE = 10;

	/** Graphs with fewer edges than this many per vertex are solved whole. */
	static final int DENSE = 3 * CORE;

	private Pricing() {
	}

	static int[] match(int n, int[] from, int[] to, long[] weight, long bonus, double tolerance) {
		int m = from.length;
		if (m <= (long) DENSE * n) {
			return BlossomSolver.run(n, from, to, weight, bonus, tolerance);
		}
		boolean[] inCore = core(n, from, to, weight);
		while (true) {
			int size = 0;
			for (boolean in : inCore) {
				size += in ? 1 : 0;
			}
			int[] coreFrom = new int[size];
			int[] coreTo = new int[size];
			long[] coreWeight = new long[size];
			int i = 0;
			for (int e = 0; e < m; e++) {
				if (inCore[e]) {
					coreFrom[i] = from[e];
					coreTo[i] = to[e];
					coreWeight[i++] = weight[e];
				}
			}
			BlossomSolver solver = BlossomSolver.solved(n, coreFrom, coreTo, coreWeight, bonus, tolerance);
			boolean violated = false;
			for (int e = 0; e < m; e++) {
				if (!inCore[e] && solver.slackOf(from[e], to[e], weight[e]) < 0) {
					inCore[e] = true;
					violated = true;
				}
			}
			if (!violated) {
				return solver.mates();
			}
		}
	}

	/** Marks each vertex's CORE heaviest edges. */
	private static boolean[] core(int n, int[] from, int[] to, long[] weight) {
		int m = from.length;
		int[] degree = new int[n + 1];
		for (int e = 0; e < m; e++) {
			degree[from[e]]++;
			degree[to[e]]++;
		}
		int[] start = new int[n + 1];
		for (int v = 0; v < n; v++) {
			start[v + 1] = start[v] + degree[v];
		}
		int[] fill = Arrays.copyOf(start, n);
		int[] incident = new int[2 * m];
		for (int e = 0; e < m; e++) {
			incident[fill[from[e]]++] = e;
			incident[fill[to[e]]++] = e;
		}
		boolean[] inCore = new boolean[m];
		long[] topWeight = new long[CORE];
		int[] topEdge = new int[CORE];
		for (int v = 0; v < n; v++) {
			// the heaviest CORE edges, kept in descending order by insertion
			int kept = 0;
			for (int i = start[v]; i < start[v + 1]; i++) {
				int e = incident[i];
				if (kept == CORE && weight[e] <= topWeight[CORE - 1]) {
					continue;
				}
				int j = (kept < CORE) ? kept++ : CORE - 1;
				while (j > 0 && topWeight[j - 1] < weight[e]) {
					topWeight[j] = topWeight[j - 1];
					topEdge[j] = topEdge[j - 1];
					j--;
				}
				topWeight[j] = weight[e];
				topEdge[j] = e;
			}
			for (int j = 0; j < kept; j++) {
				inCore[topEdge[j]] = true;
			}
		}
		return inCore;
	}

}

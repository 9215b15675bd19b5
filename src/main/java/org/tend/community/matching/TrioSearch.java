package org.tend.community.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.tend.pairing.Matching;
import org.tend.pairing.MatchingEngine;
import org.tend.pairing.MatchingMode;
import org.tend.pairing.WeightedGraph;

/**
 * The round's one trio: when the pairs leave someone out, a group of three can take one
 * more member in. A trio's value is its three pairwise fits (plus its members' priority);
 * the plan with a trio is the trio plus the best pairs of everyone else.
 *
 * <p>
 * The first candidate is the left-out member joining the pair of the matching where the
 * trio fits best. For small rounds a branch and bound then checks the other trios: any
 * plan with trio {x, y, z} is worth at most the best pairing's value plus what x adds to
 * the pair y–z (pair y–z and the other pairs are a pairing of as many pairs as the best
 * one), so trios are tried in order of that bound, each with the engine on the members
 * left, until no bound beats the best plan found. Within {@link #CHECKS} engine runs the
 * answer is exact; every round of up to 12 members stays within them.
 */
final class TrioSearch {

	/** Above this size only the left-out member joining a pair is tried. */
	static final int SEARCH_MEMBERS = 120;

	static final int CHECKS = 300;

	/** Engine work allowed to the search, in edges handed to it. */
	static final long WORK = 600_000;

	/**
	 * A plan with a trio.
	 *
	 * @param mate the pairs of everyone else, {@code -1} for the trio and anyone left out
	 * @param trio the trio's three members, ascending
	 * @param value fits plus priority values of all groups
	 */
	record Plan(int[] mate, int[] trio, long value) {
	}

	private final RoundGraph round;

	private final MatchingEngine engine;

	private final MatchingMode mode;

	TrioSearch(RoundGraph round, MatchingEngine engine, MatchingMode mode) {
		this.round = round;
		this.engine = engine;
		this.mode = mode;
	}

	/**
	 * The best plan with one trio that pairs one more member than {@code best} does, or
	 * {@code null} when no trio can take anyone in.
	 * @param best a matching of the most pairs and then the most value, on {@code graph}
	 */
	Plan find(WeightedGraph graph, Matching best) {
		int n = this.round.size();
		int pairs = best.pairCount();
		long value = best.totalWeight() - pairs;
		Plan found = null;
		for (int x = 0; x < n; x++) {
			if (best.isMatched(x)) {
				continue;
			}
			for (int[] pair : best.pairs()) {
				int y = pair[0];
				int z = pair[1];
				if (this.round.allowed(x, y) && this.round.allowed(x, z)) {
					long with = value + this.round.memberValue(x) + this.round.fit(x, y) + this.round.fit(x, z);
					if (found == null || with > found.value()) {
						int[] mate = best.mate().clone();
						mate[y] = -1;
						mate[z] = -1;
						found = new Plan(mate, sorted(x, y, z), with);
					}
				}
			}
		}
		if (n > SEARCH_MEMBERS) {
			return found;
		}
		return search(graph, pairs, value, found);
	}

	private Plan search(WeightedGraph graph, int pairs, long value, Plan found) {
		int n = this.round.size();
		int[][] fit = new int[n][n];
		for (int u = 0; u < n; u++) {
			for (int v = u + 1; v < n; v++) {
				fit[u][v] = this.round.allowed(u, v) ? this.round.fit(u, v) : -1;
				fit[v][u] = fit[u][v];
			}
		}
		List<long[]> trios = new ArrayList<>();
		for (int a = 0; a < n; a++) {
			for (int b = a + 1; b < n; b++) {
				if (fit[a][b] < 0) {
					continue;
				}
				for (int c = b + 1; c < n; c++) {
					if (fit[a][c] < 0 || fit[b][c] < 0) {
						continue;
					}
					long bound = value + Math.min(this.round.memberValue(a) + fit[a][b] + fit[a][c],
							Math.min(this.round.memberValue(b) + fit[a][b] + fit[b][c],
									this.round.memberValue(c) + fit[a][c] + fit[b][c]));
					if (found == null || bound > found.value()) {
						trios.add(new long[] { bound, a, b, c });
					}
				}
			}
		}
		trios.sort(Comparator.<long[]>comparingLong(t -> -t[0])
			.thenComparingLong(t -> t[1])
			.thenComparingLong(t -> t[2])
			.thenComparingLong(t -> t[3]));
		int checks = 0;
		long work = 0;
		for (long[] trio : trios) {
			if ((found != null && trio[0] <= found.value()) || checks == CHECKS || work > WORK) {
				break;
			}
			int a = (int) trio[1];
			int b = (int) trio[2];
			int c = (int) trio[3];
			WeightedGraph.Builder rest = WeightedGraph.builder(n);
			for (int e = 0; e < graph.edgeCount(); e++) {
				int u = graph.from(e);
				int v = graph.to(e);
				if (u != a && u != b && u != c && v != a && v != b && v != c) {
					rest.edge(u, v, graph.weight(e));
				}
			}
			Matching others = this.engine.maximumCardinalityThenWeight(rest.build(), this.mode);
			checks++;
			work += graph.edgeCount();
			if (others.pairCount() != pairs - 1) {
				continue;
			}
			long with = others.totalWeight() - others.pairCount() + this.round.memberValue(a)
					+ this.round.memberValue(b) + this.round.memberValue(c) + fit[a][b] + fit[a][c] + fit[b][c];
			if (found == null || with > found.value()) {
				found = new Plan(others.mate(), new int[] { a, b, c }, with);
			}
		}
		return found;
	}

	private static int[] sorted(int x, int y, int z) {
		int[] trio = { x, y, z };
		Arrays.sort(trio);
		return trio;
	}

}

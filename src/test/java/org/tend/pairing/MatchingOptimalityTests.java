package org.tend.pairing;

import java.util.Random;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The engine against brute force on thousands of small seeded random graphs: sparse and
 * dense, with many equal weights, isolated members and weights up to a million.
 */
class MatchingOptimalityTests {

	private final MatchingEngine engine = MatchingEngine.create();

	@Test
	void exactModeFindsTheMaximumWeightOnSmallRandomGraphs() {
		onRandomGraphs(1, 3000, (graph) -> this.engine.maximumWeight(graph, MatchingMode.EXACT),
				(round, graph, matching) -> assertThat(matching.totalWeight()).as("round %d", round)
					.isEqualTo(BruteForce.best(graph, false)));
	}

	@Test
	void exactModeFindsTheMostPairsThenTheMostWeightOnSmallRandomGraphs() {
		onRandomGraphs(2, 2000, (graph) -> this.engine.maximumCardinalityThenWeight(graph, MatchingMode.EXACT),
				(round, graph, matching) -> assertThat(BruteForce.score(graph, matching, true)).as("round %d", round)
					.isEqualTo(BruteForce.best(graph, true)));
	}

	@Test
	void fastModeStaysWithinHalfAPercentOfTheOptimumOnSmallRandomGraphs() {
		onRandomGraphs(3, 2000, (graph) -> this.engine.maximumWeight(graph, MatchingMode.FAST),
				(round, graph, matching) -> assertThat(matching.totalWeight()).as("round %d", round)
					.isGreaterThanOrEqualTo(Math.round(Math.ceil(0.995 * BruteForce.best(graph, false)))));
	}

	@Test
	void fastModeFindsTheMostPairsOnSmallRandomGraphs() {
		onRandomGraphs(4, 2000, (graph) -> this.engine.maximumCardinalityThenWeight(graph, MatchingMode.FAST),
				(round, graph, matching) -> {
					long best = BruteForce.best(graph, true);
					long total = 1;
					for (int e = 0; e < graph.edgeCount(); e++) {
						total += graph.weight(e);
					}
					assertThat(matching.pairCount()).as("round %d", round).isEqualTo(best / total);
					assertThat(matching.totalWeight()).as("round %d", round)
						.isGreaterThanOrEqualTo(Math.round(Math.ceil(0.995 * (best % total))));
				});
	}

	/**
	 * Matches the given number of seeded random graphs of one to twelve members, checks
	 * that each matching is one, then runs the test's own check on it.
	 */
	private static void onRandomGraphs(long seed, int rounds, Function<WeightedGraph, Matching> match,
			RoundCheck check) {
		Random random = new Random(seed);
		for (int round = 0; round < rounds; round++) {
			WeightedGraph graph = Graphs.random(random, 1 + random.nextInt(12));
			Matching matching = match.apply(graph);
			Graphs.assertValid(graph, matching);
			check.check(round, graph, matching);
		}
	}

	private interface RoundCheck {

		void check(int round, WeightedGraph graph, Matching matching);

	}

}

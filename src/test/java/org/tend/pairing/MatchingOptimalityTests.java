package org.tend.pairing;

import java.util.Random;

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
		Random random = new Random(1);
		for (int round = 0; round < 3000; round++) {
			WeightedGraph graph = Graphs.random(random, 1 + random.nextInt(12));
			Matching matching = this.engine.maximumWeight(graph, MatchingMode.EXACT);
			Graphs.assertValid(graph, matching);
			assertThat(matching.totalWeight()).as("round %d", round).isEqualTo(BruteForce.best(graph, false));
		}
	}

	@Test
	void exactModeFindsTheMostPairsThenTheMostWeightOnSmallRandomGraphs() {
		Random random = new Random(2);
		for (int round = 0; round < 2000; round++) {
			WeightedGraph graph = Graphs.random(random, 1 + random.nextInt(12));
			Matching matching = this.engine.maximumCardinalityThenWeight(graph, MatchingMode.EXACT);
			Graphs.assertValid(graph, matching);
			assertThat(BruteForce.score(graph, matching, true)).as("round %d", round)
				.isEqualTo(BruteForce.best(graph, true));
		}
	}

	@Test
	void fastModeStaysWithinHalfAPercentOfTheOptimumOnSmallRandomGraphs() {
		Random random = new Random(3);
		for (int round = 0; round < 2000; round++) {
			WeightedGraph graph = Graphs.random(random, 1 + random.nextInt(12));
			Matching matching = this.engine.maximumWeight(graph, MatchingMode.FAST);
			Graphs.assertValid(graph, matching);
			assertThat(matching.totalWeight()).as("round %d", round)
				.isGreaterThanOrEqualTo(Math.round(Math.ceil(0.995 * BruteForce.best(graph, false))));
		}
	}

	@Test
	void fastModeFindsTheMostPairsOnSmallRandomGraphs() {
		Random random = new Random(4);
		for (int round = 0; round < 2000; round++) {
			WeightedGraph graph = Graphs.random(random, 1 + random.nextInt(12));
			Matching matching = this.engine.maximumCardinalityThenWeight(graph, MatchingMode.FAST);
			Graphs.assertValid(graph, matching);
			long best = BruteForce.best(graph, true);
			long total = 1;
			for (int e = 0; e < graph.edgeCount(); e++) {
				total += graph.weight(e);
			}
			assertThat(matching.pairCount()).as("round %d", round).isEqualTo(best / total);
			assertThat(matching.totalWeight()).as("round %d", round)
				.isGreaterThanOrEqualTo(Math.round(Math.ceil(0.995 * (best % total))));
		}
	}

}

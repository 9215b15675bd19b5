package org.tend.pairing;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The engine on the graphs a community round produces: larger than the brute-force tests
 * reach, complete or with a few dozen candidates per member, and with weights from a
 * handful of small values, so that most edges tie. Ties keep many edges tight at once,
 * which drives the solver through blossoms formed, dissolved and formed again inside
 * trees that outlive augmentations; small random graphs rarely get there.
 */
class MatchingOnLargeTiedGraphsTests {

	/**
	 * Fit-like weights: mostly the first-time bonus, now and then a met ask or a city.
	 */
	private static final int[] TIED_WEIGHTS = { 1, 6, 6, 6, 10, 11, 15, 16, 18, 23, 30 };

	private final MatchingEngine engine = MatchingEngine.create();

	@Test
	void exactModeMatchesBlossomVOnCompleteGraphsWithManyTies() {
		// 120 with seed 12 formed a blossom from a tree whose labels an earlier
		// augmentation had left behind
		for (int n : new int[] { 120, 200, 300 }) {
			for (long seed = (n == 300) ? 0 : 10; seed < ((n == 300) ? 2 : 16); seed++) {
				WeightedGraph graph = completeTied(n, seed);
				long best = MatchingAgainstJGraphTTests.blossomV(graph, 0);
				Matching exact = this.engine.maximumWeight(graph, MatchingMode.EXACT);
				Graphs.assertValid(graph, exact);
				assertThat(exact.totalWeight()).as("n=%d seed=%d", n, seed).isEqualTo(best);
				Matching fast = this.engine.maximumWeight(graph, MatchingMode.FAST);
				Graphs.assertValid(graph, fast);
				assertThat(fast.totalWeight()).isGreaterThanOrEqualTo((long) Math.ceil(0.995 * best));
				Matching mostPairs = this.engine.maximumCardinalityThenWeight(graph, MatchingMode.EXACT);
				Graphs.assertValid(graph, mostPairs);
				assertThat(mostPairs.pairCount()).isEqualTo(n / 2);
				assertThat(mostPairs.totalWeight()).as("n=%d seed=%d", n, seed).isEqualTo(best);
			}
		}
	}

	@Test
	void exactModeMatchesBlossomVOnSparseGraphsWithManyTies() {
		for (long seed = 0; seed < 6; seed++) {
			WeightedGraph graph = candidates(300, 28, seed);
			long bonus = 1;
			for (int e = 0; e < graph.edgeCount(); e++) {
				bonus += graph.weight(e);
			}
			long best = MatchingAgainstJGraphTTests.blossomV(graph, bonus);
			Matching exact = this.engine.maximumCardinalityThenWeight(graph, MatchingMode.EXACT);
			Graphs.assertValid(graph, exact);
			assertThat(exact.pairCount()).isEqualTo(best / bonus);
			assertThat(exact.totalWeight()).as("seed=%d", seed).isEqualTo(best % bonus);
			assertThat(this.engine.maximumWeight(graph, MatchingMode.EXACT).totalWeight())
				.isEqualTo(MatchingAgainstJGraphTTests.blossomV(graph, 0));
		}
	}

	@Test
	@Timeout(value = 120, unit = TimeUnit.SECONDS)
	void aThousandMemberCompleteRoundIsMatchedInBothModes() {
		// this round crashed the solver before stale reach marks were ignored
		WeightedGraph graph = communityRound(1000, 2);
		Matching exact = this.engine.maximumCardinalityThenWeight(graph, MatchingMode.EXACT);
		Graphs.assertValid(graph, exact);
		assertThat(exact.pairCount()).isEqualTo(500);
		Matching fast = this.engine.maximumCardinalityThenWeight(graph, MatchingMode.FAST);
		Graphs.assertValid(graph, fast);
		assertThat(fast.pairCount()).isEqualTo(500);
		assertThat(fast.totalWeight()).isGreaterThanOrEqualTo((long) Math.ceil(0.995 * exact.totalWeight()));
		Matching heaviest = this.engine.maximumWeight(graph, MatchingMode.EXACT);
		Graphs.assertValid(graph, heaviest);
		assertThat(heaviest.totalWeight()).isGreaterThanOrEqualTo(exact.totalWeight());
		WeightedGraph tied = completeTied(1000, 2);
		Graphs.assertValid(tied, this.engine.maximumWeight(tied, MatchingMode.FAST));
	}

	@Test
	@Timeout(value = 120, unit = TimeUnit.SECONDS)
	void aTwoThousandMemberCandidateGraphIsMatchedInBothModes() {
		WeightedGraph graph = candidates(2000, 28, 7);
		Matching exact = this.engine.maximumCardinalityThenWeight(graph, MatchingMode.EXACT);
		Graphs.assertValid(graph, exact);
		Matching fast = this.engine.maximumCardinalityThenWeight(graph, MatchingMode.FAST);
		Graphs.assertValid(graph, fast);
		assertThat(fast.pairCount()).isEqualTo(exact.pairCount());
		assertThat(fast.totalWeight()).isGreaterThanOrEqualTo((long) Math.ceil(0.995 * exact.totalWeight()));
	}

	/**
	 * A complete round weighted like fit + 1: a first-time bonus, 4 per shared topic, 10
	 * for the same city, 12 per met ask, 3 when both meet online.
	 */
	private static WeightedGraph communityRound(int n, long seed) {
		Random random = new Random(seed);
		int[] city = new int[n];
		long[] topics = new long[n];
		long[] asks = new long[n];
		long[] offers = new long[n];
		boolean[] online = new boolean[n];
		for (int i = 0; i < n; i++) {
			city[i] = random.nextInt(8);
			for (int k = 0; k < 3; k++) {
				topics[i] |= 1L << random.nextInt(20);
				asks[i] |= 1L << random.nextInt(30);
				offers[i] |= 1L << random.nextInt(30);
			}
			online[i] = random.nextBoolean();
		}
		WeightedGraph.Builder builder = WeightedGraph.builder(n);
		for (int u = 0; u < n; u++) {
			for (int v = u + 1; v < n; v++) {
				int fit = 5 + 4 * Long.bitCount(topics[u] & topics[v]) + ((city[u] == city[v]) ? 10 : 0)
						+ 12 * Math.min(3, Long.bitCount(asks[u] & offers[v]))
						+ 12 * Math.min(3, Long.bitCount(asks[v] & offers[u])) + ((online[u] && online[v]) ? 3 : 0);
				builder.edge(u, v, 1 + Math.min(107, fit));
			}
		}
		return builder.build();
	}

	private static WeightedGraph completeTied(int n, long seed) {
		Random random = new Random(seed * 1000 + n);
		WeightedGraph.Builder builder = WeightedGraph.builder(n);
		for (int u = 0; u < n; u++) {
			for (int v = u + 1; v < n; v++) {
				builder.edge(u, v, tiedWeight(random));
			}
		}
		return builder.build();
	}

	/**
	 * Each member proposes about {@code perVertex} candidates, as the round planner does.
	 */
	private static WeightedGraph candidates(int n, int perVertex, long seed) {
		Random random = new Random(seed * 1000 + n);
		WeightedGraph.Builder builder = WeightedGraph.builder(n);
		Set<Long> pairs = new HashSet<>();
		for (int u = 0; u < n; u++) {
			for (int c = 0; c < perVertex / 2; c++) {
				int v = random.nextInt(n);
				if (v != u && pairs.add(((long) Math.min(u, v) << 32) | Math.max(u, v))) {
					builder.edge(u, v, tiedWeight(random));
				}
			}
		}
		return builder.build();
	}

	private static int tiedWeight(Random random) {
		int i = (int) (-Math.log(random.nextDouble()) * 2);
		return TIED_WEIGHTS[Math.min(TIED_WEIGHTS.length - 1, i)];
	}

}

package org.tend.pairing;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MatchingEngineTests {

	private final MatchingEngine engine = MatchingEngine.create();

	@Test
	void maximumWeightPrefersOneHeavyEdgeOverTwoLightOnes() {
		// a path 0-1-2-3: the middle edge outweighs both ends together
		WeightedGraph path = WeightedGraph.builder(4).edge(0, 1, 3).edge(1, 2, 10).edge(2, 3, 3).build();

		Matching matching = this.engine.maximumWeight(path, MatchingMode.EXACT);

		assertThat(matching.totalWeight()).isEqualTo(10);
		assertThat(matching.pairs()).containsExactly(new int[] { 1, 2 });
	}

	@Test
	void maximumCardinalityPairsEveryoneBeforeWeighingFit() {
		WeightedGraph path = WeightedGraph.builder(4).edge(0, 1, 3).edge(1, 2, 10).edge(2, 3, 3).build();

		Matching matching = this.engine.maximumCardinalityThenWeight(path, MatchingMode.EXACT);

		assertThat(matching.pairCount()).isEqualTo(2);
		assertThat(matching.totalWeight()).isEqualTo(6);
	}

}

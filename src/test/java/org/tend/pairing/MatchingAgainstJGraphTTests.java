package org.tend.pairing;

import java.util.Random;
import java.util.function.IntFunction;

import org.jgrapht.Graph;
import org.jgrapht.alg.matching.blossom.v5.KolmogorovWeightedMatching;
import org.jgrapht.alg.matching.blossom.v5.ObjectiveSense;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The engine against JGraphT's Blossom V (the reference) on medium graphs with the shapes
 * a community produces: ties, members without candidates, disconnected parts, a star,
 * paths and complete graphs (which go through the dense-graph core).
 */
class MatchingAgainstJGraphTTests {

	private final MatchingEngine engine = MatchingEngine.create();

	@Test
	void exactModeMatchesBlossomVOnRandomMediumGraphs() {
		Random random = new Random(10);
		for (int round = 0; round < 40; round++) {
			int n = 50 + random.nextInt(250);
			WeightedGraph graph = sparse(random, n, 2 + random.nextInt(12), (round % 3 == 0) ? 3 : 1_000_000);
			assertBothModes(graph);
		}
	}

	@Test
	void exactModeMatchesBlossomVOnCompleteGraphs() {
		Random random = new Random(11);
		for (int n : new int[] { 61, 100, 150, 201 }) {
			for (int maxWeight : new int[] { 1, 10, 1_000_000 }) {
				assertBothModes(build(n, (b) -> {
					for (int u = 0; u < n; u++) {
						for (int v = u + 1; v < n; v++) {
							b.edge(u, v, 1 + random.nextInt(maxWeight));
						}
					}
				}));
			}
		}
	}

	@Test
	void exactModeMatchesBlossomVOnAStarPathsAndDisconnectedParts() {
		Random random = new Random(12);
		// a star: only one leaf can have the centre
		assertBothModes(build(200, (b) -> {
			for (int leaf = 1; leaf < 200; leaf++) {
				b.edge(0, leaf, 1 + random.nextInt(1000));
			}
		}));
		// paths with equal and increasing weights
		assertBothModes(build(301, (b) -> {
			for (int v = 0; v < 300; v++) {
				b.edge(v, v + 1, 7);
			}
		}));
		assertBothModes(build(300, (b) -> {
			for (int v = 0; v < 299; v++) {
				b.edge(v, v + 1, 1 + v);
			}
		}));
		// disconnected cliques and triangles, with a third of the members alone
		assertBothModes(build(400, (b) -> {
			for (int part = 0; part < 20; part++) {
				int first = part * 20;
				int size = 3 + random.nextInt(10);
				for (int u = first; u < first + size; u++) {
					for (int v = u + 1; v < first + size; v++) {
						b.edge(u, v, 1 + random.nextInt(50));
					}
				}
			}
		}));
	}

	@Test
	void membersWithoutCandidatesStaySingle() {
		WeightedGraph graph = build(10, (b) -> b.edge(2, 7, 5));

		Matching matching = this.engine.maximumCardinalityThenWeight(graph, MatchingMode.EXACT);

		assertThat(matching.pairs()).containsExactly(new int[] { 2, 7 });
		assertThat(matching.isMatched(0)).isFalse();
		assertThat(this.engine.maximumWeight(WeightedGraph.builder(0).build(), MatchingMode.FAST).mate()).isEmpty();
	}

	@Test
	void maximumCardinalityMatchesBlossomVWithAPairBonus() {
		Random random = new Random(13);
		for (int round = 0; round < 20; round++) {
			int n = 50 + random.nextInt(200);
			WeightedGraph graph = sparse(random, n, 1 + random.nextInt(4), 1_000_000);
			long bonus = 1;
			for (int e = 0; e < graph.edgeCount(); e++) {
				bonus += graph.weight(e);
			}
			long best = blossomV(graph, bonus);
			for (MatchingMode mode : MatchingMode.values()) {
				Matching matching = this.engine.maximumCardinalityThenWeight(graph, mode);
				Graphs.assertValid(graph, matching);
				assertThat(matching.pairCount()).as("pairs, %s, round %d", mode, round).isEqualTo(best / bonus);
				if (mode == MatchingMode.EXACT) {
					assertThat(matching.totalWeight()).isEqualTo(best % bonus);
				}
				else {
					assertThat(matching.totalWeight()).isGreaterThanOrEqualTo((long) Math.ceil(0.995 * (best % bonus)));
				}
			}
		}
	}

	private void assertBothModes(WeightedGraph graph) {
		long best = blossomV(graph, 0);
		Matching exact = this.engine.maximumWeight(graph, MatchingMode.EXACT);
		Graphs.assertValid(graph, exact);
		assertThat(exact.totalWeight()).isEqualTo(best);
		Matching fast = this.engine.maximumWeight(graph, MatchingMode.FAST);
		Graphs.assertValid(graph, fast);
		assertThat(fast.totalWeight()).isGreaterThanOrEqualTo((long) Math.ceil(0.995 * best));
	}

	private static WeightedGraph sparse(Random random, int n, int perVertex, int maxWeight) {
		return build(n, (b) -> {
			java.util.Set<Long> pairs = new java.util.HashSet<>();
			for (int u = 0; u < n; u++) {
				if (random.nextInt(10) == 0) {
					continue; // a member without candidates of its own
				}
				for (int c = 0; c < perVertex; c++) {
					int v = random.nextInt(n);
					if (v != u && pairs.add(((long) Math.min(u, v) << 32) | Math.max(u, v))) {
						b.edge(u, v, 1 + random.nextInt(maxWeight));
					}
				}
			}
		});
	}

	private static WeightedGraph build(int n, java.util.function.Consumer<WeightedGraph.Builder> edges) {
		WeightedGraph.Builder builder = WeightedGraph.builder(n);
		edges.accept(builder);
		return builder.build();
	}

	/** JGraphT's Blossom V optimum, with each edge worth bonus more. */
	static long blossomV(WeightedGraph graph, long bonus) {
		int[] next = { graph.vertexCount() };
		IntFunction<Integer> unused = (i) -> i;
		Graph<Integer, DefaultWeightedEdge> g = new SimpleWeightedGraph<>(() -> unused.apply(next[0]++),
				DefaultWeightedEdge::new);
		for (int v = 0; v < graph.vertexCount(); v++) {
			g.addVertex(v);
		}
		for (int e = 0; e < graph.edgeCount(); e++) {
			g.setEdgeWeight(g.addEdge(graph.from(e), graph.to(e)), graph.weight(e) + bonus);
		}
		double total = new KolmogorovWeightedMatching<>(g, ObjectiveSense.MAXIMIZE).getMatching().getWeight();
		return Math.round(total);
	}

}

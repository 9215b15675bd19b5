package org.tend.pairing;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** Seeded random graphs and the checks every matching must pass. */
final class Graphs {

	private Graphs() {
	}

	/**
	 * A random graph on n vertices: the density, the weight range (from all ties to a
	 * million) and whether some vertices stay isolated vary with the seed.
	 */
	static WeightedGraph random(Random random, int n) {
		double density = 0.1 + 0.9 * random.nextDouble();
		int maxWeight = switch (random.nextInt(4)) {
			case 0 -> 1;
			case 1 -> 5;
			case 2 -> 100;
			default -> 1_000_000;
		};
		WeightedGraph.Builder builder = WeightedGraph.builder(n);
		for (int u = 0; u < n; u++) {
			for (int v = u + 1; v < n; v++) {
				if (random.nextDouble() < density) {
					builder.edge(u, v, 1 + random.nextInt(maxWeight));
				}
			}
		}
		return builder.build();
	}

	/** Each mate pairs both ways along an edge of the graph, and the total adds up. */
	static void assertValid(WeightedGraph graph, Matching matching) {
		int[] mate = matching.mate();
		assertThat(mate).hasSize(graph.vertexCount());
		long total = 0;
		int matchedEdges = 0;
		for (int e = 0; e < graph.edgeCount(); e++) {
			if (mate[graph.from(e)] == graph.to(e)) {
				total += graph.weight(e);
				matchedEdges++;
			}
		}
		for (int v = 0; v < mate.length; v++) {
			if (mate[v] >= 0) {
				assertThat(mate[mate[v]]).as("mate of mate of %d", v).isEqualTo(v);
			}
		}
		assertThat(matchedEdges).as("matched pairs that are edges").isEqualTo(matching.pairCount());
		assertThat(matching.totalWeight()).isEqualTo(total);
	}

}

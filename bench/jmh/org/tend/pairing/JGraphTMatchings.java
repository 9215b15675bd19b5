package org.tend.pairing;

import org.jgrapht.Graph;
import org.jgrapht.alg.interfaces.MatchingAlgorithm;
import org.jgrapht.alg.matching.GreedyWeightedMatching;
import org.jgrapht.alg.matching.blossom.v5.KolmogorovWeightedMatching;
import org.jgrapht.alg.matching.blossom.v5.ObjectiveSense;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;

/** JGraphT's Blossom V and greedy matchings on a {@link WeightedGraph}, the references. */
public final class JGraphTMatchings {

	private JGraphTMatchings() {
	}

	public static Graph<Integer, DefaultWeightedEdge> copy(WeightedGraph graph) {
		int[] next = { graph.vertexCount() };
		Graph<Integer, DefaultWeightedEdge> g = new SimpleWeightedGraph<>(() -> next[0]++, DefaultWeightedEdge::new);
		for (int v = 0; v < graph.vertexCount(); v++) {
			g.addVertex(v);
		}
		for (int e = 0; e < graph.edgeCount(); e++) {
			g.setEdgeWeight(g.addEdge(graph.from(e), graph.to(e)), graph.weight(e));
		}
		return g;
	}

	/** Blossom V, including the copy of the graph into JGraphT's objects. */
	public static MatchingAlgorithm.Matching<Integer, DefaultWeightedEdge> blossomV(WeightedGraph graph) {
		return new KolmogorovWeightedMatching<>(copy(graph), ObjectiveSense.MAXIMIZE).getMatching();
	}

	/** Greedy (heaviest edge first), including the copy of the graph. */
	public static MatchingAlgorithm.Matching<Integer, DefaultWeightedEdge> greedy(WeightedGraph graph) {
		return new GreedyWeightedMatching<>(copy(graph), false).getMatching();
	}

}

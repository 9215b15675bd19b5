package org.tend.pairing.internal;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.jgrapht.Graph;
import org.jgrapht.alg.matching.blossom.v5.KolmogorovWeightedMatching;
import org.jgrapht.alg.matching.blossom.v5.ObjectiveSense;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;

import org.tend.pairing.Matching;
import org.tend.pairing.MatchingEngine;
import org.tend.pairing.MatchingMode;
import org.tend.pairing.WeightedGraph;

/**
 * The engine's first form: JGraphT's Blossom V for both modes, the reference the faster
 * engine is measured against.
 */
public final class Engine implements MatchingEngine {

	@Override
	public Matching maximumWeight(WeightedGraph graph, MatchingMode mode) {
		return blossom(graph, 0);
	}

	@Override
	public Matching maximumCardinalityThenWeight(WeightedGraph graph, MatchingMode mode) {
		// every pair is worth more than all the weight a matching can carry, so one more
		// pair
		// always beats any gain in weight
		long bonus = 1;
		for (int e = 0; e < graph.edgeCount(); e++) {
			bonus += graph.weight(e);
		}
		return blossom(graph, bonus);
	}

	private static Matching blossom(WeightedGraph graph, long bonus) {
		// Blossom V for matchings that need not be perfect copies the graph, so it needs
		// suppliers
		AtomicInteger next = new AtomicInteger(graph.vertexCount());
		Supplier<Integer> vertices = next::getAndIncrement;
		Graph<Integer, DefaultWeightedEdge> g = new SimpleWeightedGraph<>(vertices, DefaultWeightedEdge::new);
		for (int v = 0; v < graph.vertexCount(); v++) {
			g.addVertex(v);
		}
		for (int e = 0; e < graph.edgeCount(); e++) {
			DefaultWeightedEdge edge = g.addEdge(graph.from(e), graph.to(e));
			g.setEdgeWeight(edge, (double) (graph.weight(e) + bonus));
		}
		int[] mate = new int[graph.vertexCount()];
		Arrays.fill(mate, -1);
		long total = 0;
		for (DefaultWeightedEdge edge : new KolmogorovWeightedMatching<>(g, ObjectiveSense.MAXIMIZE).getMatching()
			.getEdges()) {
			int u = g.getEdgeSource(edge);
			int v = g.getEdgeTarget(edge);
			mate[u] = v;
			mate[v] = u;
			total += Math.round(g.getEdgeWeight(edge)) - bonus;
		}
		return new Matching(mate, total);
	}

}

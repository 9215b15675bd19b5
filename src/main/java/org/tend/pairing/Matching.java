package org.tend.pairing;

import java.util.ArrayList;
import java.util.List;

/**
 * A matching: each vertex's mate, or {@code -1} for a vertex left single.
 *
 * @param mate the mate of every vertex, {@code -1} where unmatched
 * @param totalWeight the sum of the matched edges' weights
 */
public record Matching(int[] mate, long totalWeight) {

	/**
	 * The matched pairs, each as {@code {u, v}} with {@code u < v}, in order of
	 * {@code u}.
	 */
	public List<int[]> pairs() {
		List<int[]> pairs = new ArrayList<>();
		for (int u = 0; u < this.mate.length; u++) {
			if (this.mate[u] > u) {
				pairs.add(new int[] { u, this.mate[u] });
			}
		}
		return pairs;
	}

	public int pairCount() {
		int matched = 0;
		for (int m : this.mate) {
			if (m >= 0) {
				matched++;
			}
		}
		return matched / 2;
	}

	public boolean isMatched(int vertex) {
		return this.mate[vertex] >= 0;
	}

}

package org.tend.pairing;

import java.util.Arrays;
import java.util.Random;

/**
 * Seeded graphs shaped like a community's candidate graphs, for the benchmarks and the
 * command's tests.
 *
 * <p>
 * {@link #candidates}: members sit on a ring (a stand-in for city and interests: people
 * near each other on it share more); each member proposes {@code perMember / 2}
 * candidates, three quarters of them among its 100 nearest neighbours on the ring and
 * the rest anywhere, so every member ends up with about {@code perMember} candidates
 * (its own and those who proposed it). Fit weights are uniform in 1..1,000,000, with a
 * bonus for close neighbours. {@link #complete}: every pair, uniform weights.
 */
public final class CandidateGraphs {

	static final int MAX_WEIGHT = 1_000_000;

	private CandidateGraphs() {
	}

	public static WeightedGraph candidates(int n, int perMember, long seed) {
		Random random = new Random(seed);
		int proposals = perMember / 2;
		long[] keys = new long[n * proposals];
		int size = 0;
		for (int u = 0; u < n; u++) {
			for (int c = 0; c < proposals; c++) {
				int v;
				if (random.nextInt(4) != 0) {
					int distance = 1 + random.nextInt(50);
					v = Math.floorMod(u + (random.nextBoolean() ? distance : -distance), n);
				}
				else {
					v = random.nextInt(n);
				}
				if (v != u) {
					keys[size++] = ((long) Math.min(u, v) << 32) | Math.max(u, v);
				}
			}
		}
		Arrays.sort(keys, 0, size);
		WeightedGraph.Builder builder = WeightedGraph.builder(n);
		for (int i = 0; i < size; i++) {
			if (i > 0 && keys[i] == keys[i - 1]) {
				continue;
			}
			int u = (int) (keys[i] >>> 32);
			int v = (int) keys[i];
			int ring = Math.min(Math.abs(u - v), n - Math.abs(u - v));
			int closeness = (ring <= 50) ? (50 - ring) * 4_000 : 0;
			builder.edge(u, v, Math.min(MAX_WEIGHT, 1 + random.nextInt(MAX_WEIGHT - 200_000) + closeness));
		}
		return builder.build();
	}

	public static WeightedGraph complete(int n, long seed) {
		Random random = new Random(seed);
		WeightedGraph.Builder builder = WeightedGraph.builder(n);
		for (int u = 0; u < n; u++) {
			for (int v = u + 1; v < n; v++) {
				builder.edge(u, v, 1 + random.nextInt(MAX_WEIGHT));
			}
		}
		return builder.build();
	}

}

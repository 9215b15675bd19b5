package org.tend.community.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;

import org.tend.pairing.WeightedGraph;

/**
 * The graph of a large round: instead of every pair (fifty million for 10,000 members),
 * each member's best candidates found through an inverted index over what fit rewards,
 * plus a few drawn at random so that nobody is stranded with candidates all taken.
 *
 * <p>
 * The index maps folded topics, the words of offers and asks, and the city of those who
 * meet in person, to the members holding them. A member's candidates are the members
 * reached through its own keys, ranked by the points those keys promise; the
 * {@link #SHORTLIST} best are scored exactly and the {@link #BEST} best by exact fit
 * kept. A key held by more than {@link #POSTING} members is read as a slice of that many,
 * starting at a place that depends on the member, so a popular topic costs no more than a
 * rare one. The random candidates come from a generator seeded by the members' ids: the
 * same round gives the same graph.
 */
final class CandidateGraph {

	static final int BEST = 24;

	static final int RANDOM = 4;

	static final int SHORTLIST = 64;

	static final int POSTING = 400;

	private CandidateGraph() {
	}

	static WeightedGraph build(RoundGraph round) {
		int n = round.size();
		Map<String, int[]> index = index(round);
		int[] promise = new int[n];
		int[] touched = new int[n];
		SplittableRandom random = new SplittableRandom(seed(round));
		long[] edges = new long[16];
		int edgeCount = 0;
		for (int u = 0; u < n; u++) {
			int touchedCount = 0;
			for (Map.Entry<String, Integer> key : keysSought(round.member(u)).entrySet()) {
				int[] holders = index.get(key.getKey());
				if (holders == null) {
					continue;
				}
				int read = Math.min(holders.length, POSTING);
				int start = (holders.length > POSTING) ? (int) ((long) u * 7919 % holders.length) : 0;
				for (int i = 0; i < read; i++) {
					int v = holders[(start + i) % holders.length];
					if (v == u) {
						continue;
					}
					if (promise[v] == 0) {
						touched[touchedCount++] = v;
					}
					promise[v] += key.getValue();
				}
			}
			int[] shortlist = top(touched, touchedCount, promise, SHORTLIST);
			for (int i = 0; i < touchedCount; i++) {
				promise[touched[i]] = 0;
			}
			int kept = 0;
			for (int v : shortlist) {
				if (round.allowed(u, v)) {
					promise[v] = round.fit(u, v) + 1;
					touched[kept++] = v;
				}
			}
			int[] best = top(touched, kept, promise, BEST);
			for (int i = 0; i < kept; i++) {
				promise[touched[i]] = 0;
			}
			for (int v : best) {
				edges = add(edges, edgeCount++, u, v);
			}
			for (int r = 0; r < RANDOM; r++) {
				int v = random.nextInt(n);
				if (round.allowed(u, v)) {
					edges = add(edges, edgeCount++, u, v);
				}
			}
		}
		long[] unique = Arrays.stream(edges, 0, edgeCount).sorted().distinct().toArray();
		WeightedGraph.Builder graph = WeightedGraph.builder(n);
		for (long edge : unique) {
			int u = (int) (edge >>> 32);
			int v = (int) edge;
			graph.edge(u, v, round.weight(u, v, round.fit(u, v)));
		}
		return graph.build();
	}

	private static long[] add(long[] edges, int at, int u, int v) {
		long[] into = (at == edges.length) ? Arrays.copyOf(edges, at * 2) : edges;
		into[at] = ((long) Math.min(u, v) << 32) | Math.max(u, v);
		return into;
	}

	/**
	 * The {@code limit} members of {@code members[0..count)} with most points, ties by
	 * index.
	 */
	private static int[] top(int[] members, int count, int[] points, int limit) {
		Integer[] order = new Integer[count];
		for (int i = 0; i < count; i++) {
			order[i] = members[i];
		}
		Arrays.sort(order,
				(x, y) -> (points[x] != points[y]) ? Integer.compare(points[y], points[x]) : Integer.compare(x, y));
		int[] top = new int[Math.min(limit, count)];
		for (int i = 0; i < top.length; i++) {
			top[i] = order[i];
		}
		return top;
	}

	/** Who holds each key: topics, offer words, ask words, cities. */
	private static Map<String, int[]> index(RoundGraph round) {
		Map<String, List<Integer>> holders = new HashMap<>();
		for (int v = 0; v < round.size(); v++) {
			for (String key : keysHeld(round.member(v))) {
				holders.computeIfAbsent(key, k -> new ArrayList<>()).add(v);
			}
		}
		Map<String, int[]> index = new HashMap<>();
		holders.forEach((key, list) -> index.put(key, list.stream().mapToInt(Integer::intValue).toArray()));
		return index;
	}

	private static List<String> keysHeld(FoldedProfile member) {
		List<String> keys = new ArrayList<>();
		member.topics().keySet().forEach(topic -> keys.add("t:" + topic));
		member.offers().stream().flatMap(List::stream).distinct().forEach(word -> keys.add("o:" + word));
		member.asks().stream().flatMap(List::stream).distinct().forEach(word -> keys.add("a:" + word));
		if (member.profile().mode().allowsInPerson() && !member.city().isEmpty()) {
			keys.add("c:" + member.city());
		}
		return keys;
	}

	/** The keys a member looks up, with the points a match on each promises. */
	private static Map<String, Integer> keysSought(FoldedProfile member) {
		Map<String, Integer> keys = new TreeMap<>();
		member.topics().keySet().forEach(topic -> keys.merge("t:" + topic, FitScore.SHARED_TOPIC, Integer::sum));
		// an ask looks for offers with its words, an offer for asks with its words
		member.asks()
			.stream()
			.flatMap(List::stream)
			.distinct()
			.forEach(word -> keys.merge("o:" + word, FitScore.ASK_MET, Integer::sum));
		member.offers()
			.stream()
			.flatMap(List::stream)
			.distinct()
			.forEach(word -> keys.merge("a:" + word, FitScore.ASK_MET, Integer::sum));
		if (member.profile().mode().allowsInPerson() && !member.city().isEmpty()) {
			keys.merge("c:" + member.city(), FitScore.SAME_CITY, Integer::sum);
		}
		return keys;
	}

	private static long seed(RoundGraph round) {
		long seed = 0x9E3779B97F4A7C15L;
		for (int v = 0; v < round.size(); v++) {
			seed = seed * 31 + round.id(v).getMostSignificantBits();
			seed = seed * 31 + round.id(v).getLeastSignificantBits();
		}
		return seed;
	}

}

package org.tend.community.matching;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A round's members as the vertices {@code 0..n-1}: who may meet whom, their fits, and
 * the weight each pair carries into the matching engine.
 *
 * <p>
 * A weight is {@code fit + 1} (the engine wants weights of at least 1) plus
 * {@link #priorityWeight()} for each priority member in the pair. The priority weight is
 * more than all the fit a round can hold, so among the pairings that pair the most
 * members, one that leaves out fewer priority members always wins, and fit decides only
 * among those.
 */
final class RoundGraph {

	private final List<FoldedProfile> members;

	/** Pair keys, sorted: looked up a million times for a large round, never boxed. */
	private final long[] forbidden;

	private final long[] pairedBefore;

	/** Keys of the pairs who may meet again, sorted, and the coffee each would be. */
	private final long[] againKeys;

	private final int[] againCoffees;

	private final boolean[] priority;

	private final long priorityWeight;

	RoundGraph(RoundInput input) {
		List<MemberProfile> profiles = input.members();
		if (profiles.size() < 2) {
			throw new IllegalArgumentException("A round needs at least two members, not " + profiles.size());
		}
		Map<UUID, Integer> index = new HashMap<>();
		for (int i = 0; i < profiles.size(); i++) {
			if (index.put(profiles.get(i).memberId(), i) != null) {
				throw new IllegalArgumentException("Member " + profiles.get(i).memberId() + " is in the round twice");
			}
		}
		this.members = profiles.stream().map(FoldedProfile::of).toList();
		this.forbidden = keys(input.forbidden(), index);
		this.pairedBefore = keys(input.pairedBefore(), index);
		long[][] again = again(input.again(), index);
		this.againKeys = again[0];
		this.againCoffees = new int[again[1].length];
		for (int i = 0; i < again[1].length; i++) {
			this.againCoffees[i] = (int) again[1][i];
		}
		int n = profiles.size();
		this.priority = new boolean[n];
		boolean any = false;
		for (UUID member : input.priority()) {
			Integer i = index.get(member);
			if (i != null) {
				this.priority[i] = true;
				any = true;
			}
		}
		this.priorityWeight = any ? (long) (n / 2) * FitScore.MAX + 1 : 0;
		if (2 * this.priorityWeight + FitScore.MAX + 1 > Integer.MAX_VALUE) {
			throw new IllegalArgumentException("A round of " + n + " members with priority members is too large");
		}
	}

	private long[] keys(Set<MemberPair> pairs, Map<UUID, Integer> index) {
		long[] keys = new long[pairs.size()];
		int count = 0;
		for (MemberPair pair : pairs) {
			Integer a = index.get(pair.a());
			Integer b = index.get(pair.b());
			if (a != null && b != null) {
				keys[count++] = key(a, b);
			}
		}
		keys = Arrays.copyOf(keys, count);
		Arrays.sort(keys);
		return keys;
	}

	private long[][] again(Map<MemberPair, Integer> pairs, Map<UUID, Integer> index) {
		long[][] entries = new long[pairs.size()][];
		int count = 0;
		for (Map.Entry<MemberPair, Integer> pair : pairs.entrySet()) {
			Integer a = index.get(pair.getKey().a());
			Integer b = index.get(pair.getKey().b());
			if (a != null && b != null) {
				entries[count++] = new long[] { key(a, b), pair.getValue() };
			}
		}
		entries = Arrays.copyOf(entries, count);
		Arrays.sort(entries, (x, y) -> Long.compare(x[0], y[0]));
		long[][] columns = new long[2][count];
		for (int i = 0; i < count; i++) {
			columns[0][i] = entries[i][0];
			columns[1][i] = entries[i][1];
		}
		return columns;
	}

	private long key(int u, int v) {
		return (long) Math.min(u, v) * this.members.size() + Math.max(u, v);
	}

	int size() {
		return this.members.size();
	}

	FoldedProfile member(int v) {
		return this.members.get(v);
	}

	UUID id(int v) {
		return this.members.get(v).profile().memberId();
	}

	boolean allowed(int u, int v) {
		return u != v && Arrays.binarySearch(this.forbidden, key(u, v)) < 0;
	}

	boolean pairedBefore(int u, int v) {
		return Arrays.binarySearch(this.pairedBefore, key(u, v)) >= 0;
	}

	/** The coffee u and v would have because both asked to meet again, else 0. */
	int againCoffee(int u, int v) {
		if (this.againKeys.length == 0) {
			return 0;
		}
		int at = Arrays.binarySearch(this.againKeys, key(u, v));
		return (at >= 0) ? this.againCoffees[at] : 0;
	}

	boolean priority(int v) {
		return this.priority[v];
	}

	long priorityWeight() {
		return this.priorityWeight;
	}

	int fit(int u, int v) {
		return FitScore.score(this.members.get(u), this.members.get(v), pairedBefore(u, v), againCoffee(u, v));
	}

	Fit fitWithReasons(int u, int v) {
		return FitScore.of(this.members.get(u).profile(), this.members.get(v).profile(), pairedBefore(u, v),
				againCoffee(u, v));
	}

	/** What a member adds to a plan's value beyond its fits: its priority. */
	long memberValue(int v) {
		return this.priority[v] ? this.priorityWeight : 0;
	}

	/** The engine's weight for an allowed pair whose fit is known. */
	int weight(int u, int v, int fit) {
		return (int) (fit + 1 + memberValue(u) + memberValue(v));
	}

}

package org.tend.community.matching;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.tend.pairing.Matching;
import org.tend.pairing.MatchingEngine;
import org.tend.pairing.MatchingMode;
import org.tend.pairing.WeightedGraph;

/**
 * Plans a round: among the plans of pairs and at most one trio that respect the hard
 * rules, one that puts the most members in a group, then the most priority members, then
 * the most total fit. The rules and what they cost are in {@code docs/pairing.md} ("Fit
 * and rounds").
 */
public final class RoundPlanner {

	/** Up to this many members every pair is a candidate and the engine runs exact. */
	static final int COMPLETE_GRAPH_MEMBERS = 2_000;

	static final String NOBODY_ALLOWED = "Everyone you could meet this round was paired with you recently or is on a list.";

	static final String EVERYONE_TAKEN = "Everyone you could meet this round was in a pair that could not change "
			+ "without leaving someone else out; you come first next round.";

	private final MatchingEngine engine;

	private final int completeGraphMembers;

	public RoundPlanner(MatchingEngine engine) {
		this(engine, COMPLETE_GRAPH_MEMBERS);
	}

	/** For measuring what candidate generation loses on rounds small enough for both. */
	RoundPlanner(MatchingEngine engine, int completeGraphMembers) {
		this.engine = Objects.requireNonNull(engine, "engine");
		this.completeGraphMembers = completeGraphMembers;
	}

	/**
	 * Deterministic for the same input.
	 * @throws IllegalArgumentException for fewer than two members or a member given twice
	 */
	public PlannedRound plan(RoundInput input) {
		RoundGraph round = new RoundGraph(input);
		boolean complete = round.size() <= this.completeGraphMembers;
		MatchingMode mode = complete ? MatchingMode.EXACT : MatchingMode.FAST;
		WeightedGraph graph = complete ? completeGraph(round) : CandidateGraph.build(round);
		Matching matching = this.engine.maximumCardinalityThenWeight(graph, mode);
		int[] mate = complete ? matching.mate() : pairLeftovers(round, matching.mate());
		int[] trio = null;
		if (matched(mate) < round.size()) {
			Matching pairs = complete ? matching : new Matching(mate, value(round, mate) + matched(mate) / 2);
			TrioSearch.Plan withTrio = new TrioSearch(round, this.engine, mode).find(graph, pairs);
			if (withTrio != null) {
				mate = withTrio.mate();
				trio = withTrio.trio();
			}
		}
		return round(round, mate, trio);
	}

	private static WeightedGraph completeGraph(RoundGraph round) {
		WeightedGraph.Builder builder = WeightedGraph.builder(round.size());
		for (int u = 0; u < round.size(); u++) {
			for (int v = u + 1; v < round.size(); v++) {
				if (round.allowed(u, v)) {
					builder.edge(u, v, round.weight(u, v, round.fit(u, v)));
				}
			}
		}
		return builder.build();
	}

	/**
	 * The candidate graph can miss a pair of members both left single who may meet: pair
	 * them, best fit first, so that candidates never leave out someone the rules would
	 * not.
	 */
	private static int[] pairLeftovers(RoundGraph round, int[] found) {
		int[] mate = found.clone();
		for (int u = 0; u < mate.length; u++) {
			if (mate[u] >= 0) {
				continue;
			}
			int best = -1;
			int bestFit = -1;
			for (int v = u + 1; v < mate.length; v++) {
				if (mate[v] < 0 && round.allowed(u, v)) {
					int fit = round.fit(u, v);
					if (fit > bestFit) {
						best = v;
						bestFit = fit;
					}
				}
			}
			if (best >= 0) {
				mate[u] = best;
				mate[best] = u;
			}
		}
		return mate;
	}

	private static int matched(int[] mate) {
		int matched = 0;
		for (int m : mate) {
			if (m >= 0) {
				matched++;
			}
		}
		return matched;
	}

	/** Fits plus priority values of the pairs in {@code mate}. */
	private static long value(RoundGraph round, int[] mate) {
		long value = 0;
		for (int u = 0; u < mate.length; u++) {
			if (mate[u] > u) {
				value += round.fit(u, mate[u]) + round.memberValue(u) + round.memberValue(mate[u]);
			}
		}
		return value;
	}

	private static PlannedRound round(RoundGraph round, int[] mate, int[] trio) {
		List<int[]> members = new ArrayList<>();
		for (int u = 0; u < mate.length; u++) {
			if (trio != null && trio[0] == u) {
				members.add(trio);
			}
			if (mate[u] > u) {
				members.add(new int[] { u, mate[u] });
			}
		}
		boolean[] placed = new boolean[round.size()];
		List<PlannedGroup> groups = new ArrayList<>();
		long total = 0;
		for (int[] group : members) {
			for (int member : group) {
				placed[member] = true;
			}
			PlannedGroup planned = group(round, group);
			groups.add(planned);
			total += planned.score();
		}
		List<LeftOut> leftOut = new ArrayList<>();
		for (int v = 0; v < round.size(); v++) {
			if (!placed[v]) {
				leftOut.add(new LeftOut(round.id(v), anyoneAllowed(round, v) ? EVERYONE_TAKEN : NOBODY_ALLOWED));
			}
		}
		return new PlannedRound(groups, leftOut, total);
	}

	private static PlannedGroup group(RoundGraph round, int[] members) {
		int score = 0;
		boolean again = false;
		Set<String> reasons = new LinkedHashSet<>();
		for (int i = 0; i < members.length; i++) {
			for (int j = i + 1; j < members.length; j++) {
				Fit fit = round.fitWithReasons(members[i], members[j]);
				score += fit.score();
				int coffee = round.againCoffee(members[i], members[j]);
				again |= coffee > 0;
				for (FitReason reason : fit.reasons()) {
					// in a trio "you both" would be read by the third member too
					reasons.add((members.length > 2 && reason.code().equals(FitScore.AGAIN_CODE))
							? "Two of you meet for their " + FitScore.ordinal(coffee) + " coffee: both asked for it."
							: reason.sentence());
				}
			}
		}
		List<UUID> ids = new ArrayList<>();
		for (int member : members) {
			ids.add(round.id(member));
		}
		return new PlannedGroup(ids, score, List.copyOf(reasons), again);
	}

	private static boolean anyoneAllowed(RoundGraph round, int v) {
		for (int u = 0; u < round.size(); u++) {
			if (round.allowed(u, v)) {
				return true;
			}
		}
		return false;
	}

}

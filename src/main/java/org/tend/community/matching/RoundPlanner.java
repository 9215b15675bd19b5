package org.tend.community.matching;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.tend.pairing.Matching;
import org.tend.pairing.MatchingEngine;
import org.tend.pairing.MatchingMode;
import org.tend.pairing.WeightedGraph;

/**
 * Plans a round: the pairs (and at most one trio) that put the most members in a group
 * under the hard rules, then the most priority members, then the most fit. The rules and
 * their reasons are in {@code docs/pairing.md} ("Fit and rounds").
 */
public final class RoundPlanner {

	private final MatchingEngine engine;

	public RoundPlanner(MatchingEngine engine) {
		this.engine = Objects.requireNonNull(engine, "engine");
	}

	/**
	 * Deterministic for the same input.
	 * @throws IllegalArgumentException for fewer than two members or a member given twice
	 */
	public PlannedRound plan(RoundInput input) {
		List<MemberProfile> members = input.members();
		if (members.size() < 2) {
			throw new IllegalArgumentException("A round needs at least two members, not " + members.size());
		}
		Map<UUID, Integer> index = new HashMap<>();
		for (int i = 0; i < members.size(); i++) {
			if (index.put(members.get(i).memberId(), i) != null) {
				throw new IllegalArgumentException("Member " + members.get(i).memberId() + " is in the round twice");
			}
		}
		int n = members.size();
		WeightedGraph.Builder builder = WeightedGraph.builder(n);
		for (int u = 0; u < n; u++) {
			for (int v = u + 1; v < n; v++) {
				MemberPair pair = MemberPair.of(members.get(u).memberId(), members.get(v).memberId());
				if (!input.forbidden().contains(pair)) {
					builder.edge(u, v,
							FitScore.of(members.get(u), members.get(v), input.pairedBefore().contains(pair)).score()
									+ 1);
				}
			}
		}
		Matching matching = this.engine.maximumCardinalityThenWeight(builder.build(), MatchingMode.EXACT);
		List<PlannedGroup> groups = new ArrayList<>();
		List<LeftOut> leftOut = new ArrayList<>();
		long total = 0;
		for (int[] pair : matching.pairs()) {
			MemberProfile a = members.get(pair[0]);
			MemberProfile b = members.get(pair[1]);
			Fit fit = FitScore.of(a, b, input.pairedBefore().contains(MemberPair.of(a.memberId(), b.memberId())));
			groups.add(new PlannedGroup(List.of(a.memberId(), b.memberId()), fit.score(),
					fit.reasons().stream().map(FitReason::sentence).toList()));
			total += fit.score();
		}
		for (int v = 0; v < n; v++) {
			if (!matching.isMatched(v)) {
				leftOut.add(new LeftOut(members.get(v).memberId(),
						"Everyone you could meet this round was paired with you recently or is on a list."));
			}
		}
		return new PlannedRound(groups, leftOut, total);
	}

}

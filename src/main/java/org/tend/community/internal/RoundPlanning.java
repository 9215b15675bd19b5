package org.tend.community.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.tend.community.Community;
import org.tend.community.CommunityMember;
import org.tend.community.RoundPlan;
import org.tend.community.RoundRefused;
import org.tend.community.matching.MemberPair;
import org.tend.community.matching.PlannedRound;
import org.tend.community.matching.RepeatWindow;
import org.tend.community.matching.RepeatWindow.PairHistory;
import org.tend.community.matching.RepeatWindow.Rules;
import org.tend.community.matching.RoundInput;
import org.tend.community.matching.RoundPlanner;

/**
 * Gathers what the planner needs for a community's next round (profiles of who takes
 * part, the hard rules, who was paired before and who both asked to meet again, who
 * waited last time) and plans it. The same input gives the same plan, so a preview shows
 * exactly what a publish would send, and a publish right after an unchanged preview takes
 * its plan ({@link LastPlans}).
 */
@Component
public class RoundPlanning {

	private final MemberRepository members;

	private final RoundRepository rounds;

	private final RoundPlanner planner;

	private final LastPlans lastPlans;

	private final Clock clock;

	RoundPlanning(MemberRepository members, RoundRepository rounds, RoundPlanner planner, LastPlans lastPlans,
			Clock clock) {
		this.members = members;
		this.rounds = rounds;
		this.planner = planner;
		this.lastPlans = lastPlans;
		this.clock = clock;
	}

	/**
	 * The first period from now on without a round: the current one, or after a publish
	 * the one after it.
	 */
	public LocalDate nextPeriod(Community community) {
		LocalDate period = community.periodOf(this.clock.instant());
		while (this.rounds.exists(community.id(), period)) {
			period = community.cadence().nextPeriod(period);
		}
		return period;
	}

	/**
	 * Who takes part in the round of that period: active, opted in, not skipping or
	 * paused.
	 */
	public List<CommunityMember> taking(Community community, LocalDate periodStart) {
		LocalDate day = community.cadence().openDate(periodStart, community.openDay());
		return this.members.active(community.id()).stream().filter((m) -> m.profile().takesPart(day)).toList();
	}

	/** The repeat window with the pairs who both asked to meet again. */
	public Rules repeats(Community community, Map<MemberPair, PairHistory> history) {
		return RepeatWindow.rules(history, this.rounds.lastNumber(community.id()), community.repeatWindow(),
				community.againLimit());
	}

	public RoundPlan plan(Community community, LocalDate periodStart, List<CommunityMember> taking) {
		if (taking.size() < 2) {
			throw RoundRefused.tooFewMembers(taking.size());
		}
		Map<MemberPair, PairHistory> history = this.rounds.pairHistory(community.id());
		Rules repeats = repeats(community, history);
		// lists are added after the window's rules: a list wins over any ask to meet
		// again
		Set<MemberPair> forbidden = new HashSet<>(repeats.forbidden());
		Set<UUID> ids = new HashSet<>();
		taking.forEach((m) -> ids.add(m.memberId()));
		for (Map.Entry<UUID, List<UUID>> list : this.members.allAvoided(community.id()).entrySet()) {
			for (UUID avoided : list.getValue()) {
				if (ids.contains(list.getKey()) && ids.contains(avoided) && !avoided.equals(list.getKey())) {
					forbidden.add(MemberPair.of(list.getKey(), avoided));
				}
			}
		}
		Set<UUID> priority = new HashSet<>(this.rounds.leftOutLastRound(community.id()));
		priority.retainAll(ids);
		RoundInput input = new RoundInput(taking.stream().map((m) -> m.profile().forFit(m.memberId())).toList(),
				forbidden, history.keySet(), priority, repeats.again());
		PlannedRound planned = this.lastPlans.plan(community.id(), input, this.planner::plan);
		return new RoundPlan(periodStart, community.opensAt(periodStart), planned.groups(), planned.leftOut(),
				planned.totalScore());
	}

}

package org.tend.community.matching;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.tend.pairing.MatchingEngine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class RoundPlannerTests {

	private final RoundPlanner planner = new RoundPlanner(MatchingEngine.create());

	/**
	 * The optimum, defined: among all plans of disjoint pairs and at most one trio with
	 * no forbidden pair inside any group, the most members in a group, then the most
	 * priority members in a group, then the largest total, where a trio counts the sum of
	 * its three pairwise fits.
	 */
	@Test
	void roundsMatchBruteForceOnSmallRandomCommunities() {
		Random random = new Random(20261204);
		int trios = 0;
		int leftOut = 0;
		int again = 0;
		for (int round = 0; round < 300; round++) {
			RoundInput input = randomRound(random, 2 + random.nextInt(9));

			PlannedRound plan = this.planner.plan(input);

			assertFollowsTheRules(input, plan);
			assertThat(key(input, plan)).as("round %d: members placed, priority placed, total", round)
				.containsExactly(new BruteForce(input).best());
			trios += (int) plan.groups().stream().filter(group -> group.memberIds().size() == 3).count();
			leftOut += plan.leftOut().size();
			again += (int) plan.groups().stream().filter(PlannedGroup::again).count();
		}
		// the random rounds did try the trio, the rules that leave members out, and
		// pairs meeting again
		assertThat(trios).isGreaterThan(50);
		assertThat(leftOut).isGreaterThan(50);
		assertThat(again).isGreaterThan(30);
	}

	@Test
	void theSameInputGivesTheSamePlan() {
		Random random = new Random(5);
		for (int round = 0; round < 50; round++) {
			RoundInput input = randomRound(random, 2 + random.nextInt(9));
			RoundInput copy = new RoundInput(new ArrayList<>(input.members()), new HashSet<>(input.forbidden()),
					new HashSet<>(input.pairedBefore()), new HashSet<>(input.priority()), new HashMap<>(input.again()));

			assertThat(new RoundPlanner(MatchingEngine.create()).plan(copy)).isEqualTo(this.planner.plan(input));
		}
	}

	@Test
	void threeMembersMeetAsATrioScoredByItsThreeFits() {
		MemberProfile a = member("Berlin");
		MemberProfile b = member("Berlin");
		MemberProfile c = member("Paris");

		PlannedRound plan = this.planner.plan(new RoundInput(List.of(a, b, c), Set.of(), Set.of(), Set.of()));

		int expected = FitScore.of(a, b, false).score() + FitScore.of(a, c, false).score()
				+ FitScore.of(b, c, false).score();
		assertThat(plan.groups()).singleElement().satisfies(group -> {
			assertThat(group.memberIds()).containsExactlyInAnyOrder(a.memberId(), b.memberId(), c.memberId());
			assertThat(group.score()).isEqualTo(expected);
		});
		assertThat(plan.totalScore()).isEqualTo(expected);
		assertThat(plan.leftOut()).isEmpty();
	}

	@Test
	void aMemberEveryoneIsForbiddenWithIsLeftOutAndToldWhy() {
		List<MemberProfile> members = List.of(member("Berlin"), member("Berlin"), member("Paris"), member("Paris"),
				member("Oslo"));
		UUID alone = members.get(4).memberId();
		Set<MemberPair> forbidden = new HashSet<>();
		members.subList(0, 4).forEach(m -> forbidden.add(MemberPair.of(m.memberId(), alone)));

		PlannedRound plan = this.planner.plan(new RoundInput(members, forbidden, Set.of(), Set.of()));

		assertThat(plan.groups()).hasSize(2);
		assertThat(plan.leftOut()).containsExactly(new LeftOut(alone, RoundPlanner.NOBODY_ALLOWED));
	}

	@Test
	void aPriorityMemberIsPairedEvenWhenAnotherPairFitsBetter() {
		// b may meet a or c; b and c fit far better, but a was left out last round
		MemberProfile a = new MemberProfile(UUID.randomUUID(), Set.of(), List.of(), List.of(), null,
				ZoneId.of("Asia/Tokyo"), MeetingMode.IN_PERSON);
		MemberProfile b = member("Berlin");
		MemberProfile c = member("Berlin");
		Set<MemberPair> forbidden = Set.of(MemberPair.of(a.memberId(), c.memberId()));

		PlannedRound without = this.planner.plan(new RoundInput(List.of(a, b, c), forbidden, Set.of(), Set.of()));
		PlannedRound with = this.planner
			.plan(new RoundInput(List.of(a, b, c), forbidden, Set.of(), Set.of(a.memberId())));

		assertThat(without.leftOut()).extracting(LeftOut::memberId).containsExactly(a.memberId());
		assertThat(with.groups()).singleElement()
			.satisfies(group -> assertThat(group.memberIds()).containsExactly(a.memberId(), b.memberId()));
		assertThat(with.leftOut()).containsExactly(new LeftOut(c.memberId(), RoundPlanner.EVERYONE_TAKEN));
	}

	@Test
	void aPairWhoBothAskedMeetsAgainAndIsToldWhichCoffeeItIs() {
		MemberProfile a = member("Berlin");
		MemberProfile b = member("Berlin");
		MemberPair pair = MemberPair.of(a.memberId(), b.memberId());

		PlannedRound plan = this.planner
			.plan(new RoundInput(List.of(a, b), Set.of(), Set.of(pair), Set.of(), Map.of(pair, 3)));

		assertThat(plan.groups()).singleElement().satisfies(group -> {
			assertThat(group.again()).isTrue();
			assertThat(group.reasons()).contains("Your third coffee: you both asked for it.")
				.doesNotContain("You have not been paired in this community before.");
			assertThat(group.score()).isEqualTo(FitScore.of(a, b, false).score());
		});
	}

	@Test
	void meetingAgainNeverLeavesAnyoneUnpaired() {
		// a and b asked to meet again and fit best, but c may meet only a and d only b
		MemberProfile a = member("Berlin");
		MemberProfile b = member("Berlin");
		MemberProfile c = new MemberProfile(UUID.randomUUID(), Set.of(), List.of(), List.of(), null,
				ZoneId.of("Asia/Tokyo"), MeetingMode.IN_PERSON);
		MemberProfile d = new MemberProfile(UUID.randomUUID(), Set.of(), List.of(), List.of(), null,
				ZoneId.of("Asia/Tokyo"), MeetingMode.IN_PERSON);
		MemberPair again = MemberPair.of(a.memberId(), b.memberId());
		Set<MemberPair> forbidden = Set.of(MemberPair.of(c.memberId(), b.memberId()),
				MemberPair.of(d.memberId(), a.memberId()), MemberPair.of(c.memberId(), d.memberId()));

		PlannedRound plan = this.planner
			.plan(new RoundInput(List.of(a, b, c, d), forbidden, Set.of(again), Set.of(), Map.of(again, 2)));

		assertThat(plan.leftOut()).isEmpty();
		assertThat(plan.groups()).extracting(PlannedGroup::memberIds)
			.containsExactlyInAnyOrder(List.of(a.memberId(), c.memberId()), List.of(b.memberId(), d.memberId()));
		assertThat(plan.groups()).noneMatch(PlannedGroup::again);
	}

	@Test
	void aListForbidsAPairEvenWhenBothAskedToMeetAgain() {
		MemberProfile a = member("Berlin");
		MemberProfile b = member("Berlin");
		MemberPair pair = MemberPair.of(a.memberId(), b.memberId());

		PlannedRound plan = this.planner
			.plan(new RoundInput(List.of(a, b), Set.of(pair), Set.of(pair), Set.of(), Map.of(pair, 2)));

		assertThat(plan.groups()).isEmpty();
		assertThat(plan.leftOut()).hasSize(2);
	}

	@Test
	void aTrioMeetingAgainSaysWhichTwoAskedWithoutYouBoth() {
		MemberProfile a = member("Berlin");
		MemberProfile b = member("Berlin");
		MemberProfile c = member("Paris");
		MemberPair pair = MemberPair.of(a.memberId(), b.memberId());

		PlannedRound plan = this.planner
			.plan(new RoundInput(List.of(a, b, c), Set.of(), Set.of(pair), Set.of(), Map.of(pair, 2)));

		assertThat(plan.groups()).singleElement()
			.satisfies(group -> assertThat(group.reasons())
				.contains("Two of you meet for their second coffee: both asked for it.")
				.doesNotContain("Your second coffee: you both asked for it."));
	}

	@Test
	void fewerThanTwoMembersOrAMemberTwiceIsRefused() {
		MemberProfile a = member("Berlin");

		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.planner.plan(new RoundInput(List.of(a), Set.of(), Set.of(), Set.of())));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.planner.plan(new RoundInput(List.of(a, a), Set.of(), Set.of(), Set.of())));
	}

	@Test
	void candidatesKeepTheRulesAndNearlyAllTheFitOfTheCompleteGraph() {
		RoundInput input = GeneratedProfiles.realisticRound(11, 151);

		PlannedRound complete = this.planner.plan(input);
		PlannedRound candidates = new RoundPlanner(MatchingEngine.create(), 50).plan(input);

		assertFollowsTheRules(input, candidates);
		assertThat(candidates.leftOut()).hasSameSizeAs(complete.leftOut());
		assertThat(candidates.totalScore()).isLessThanOrEqualTo(complete.totalScore())
			.isGreaterThan(complete.totalScore() * 9 / 10);
		assertThat(new RoundPlanner(MatchingEngine.create(), 50).plan(input)).isEqualTo(candidates);
	}

	private static MemberProfile member(String city) {
		return new MemberProfile(UUID.randomUUID(), Set.of("climate"), List.of("hiring"), List.of("hiring"), city,
				ZoneId.of("Europe/Berlin"), MeetingMode.EITHER);
	}

	private static RoundInput randomRound(Random random, int n) {
		List<MemberProfile> members = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			members.add(GeneratedProfiles.small(random));
		}
		double forbiddenShare = new double[] { 0, 0.15, 0.4, 0.7 }[random.nextInt(4)];
		Set<MemberPair> forbidden = new LinkedHashSet<>();
		Set<MemberPair> before = new LinkedHashSet<>();
		Set<UUID> priority = new LinkedHashSet<>();
		Map<MemberPair, Integer> again = new LinkedHashMap<>();
		for (int i = 0; i < n; i++) {
			for (int j = i + 1; j < n; j++) {
				MemberPair pair = MemberPair.of(members.get(i).memberId(), members.get(j).memberId());
				if (random.nextDouble() < forbiddenShare) {
					forbidden.add(pair);
				}
				if (random.nextDouble() < 0.3) {
					before.add(pair);
					// some pairs asked to meet again; a list may still forbid them
					if (random.nextDouble() < 0.3) {
						again.put(pair, 2 + random.nextInt(3));
					}
				}
			}
			if (random.nextDouble() < 0.2) {
				priority.add(members.get(i).memberId());
			}
		}
		return new RoundInput(members, forbidden, before, priority, again);
	}

	/** Members placed, priority members placed, total: what the optimum maximizes. */
	private static long[] key(RoundInput input, PlannedRound plan) {
		long placed = 0;
		long priority = 0;
		for (PlannedGroup group : plan.groups()) {
			placed += group.memberIds().size();
			priority += group.memberIds().stream().filter(input.priority()::contains).count();
		}
		return new long[] { placed, priority, plan.totalScore() };
	}

	static void assertFollowsTheRules(RoundInput input, PlannedRound plan) {
		Set<UUID> seen = new HashSet<>();
		long total = 0;
		int trios = 0;
		for (PlannedGroup group : plan.groups()) {
			assertThat(group.memberIds()).hasSizeBetween(2, 3);
			trios += (group.memberIds().size() == 3) ? 1 : 0;
			int score = 0;
			boolean again = false;
			for (int i = 0; i < group.memberIds().size(); i++) {
				assertThat(seen.add(group.memberIds().get(i))).as("each member at most once").isTrue();
				for (int j = i + 1; j < group.memberIds().size(); j++) {
					MemberPair pair = MemberPair.of(group.memberIds().get(i), group.memberIds().get(j));
					assertThat(input.forbidden()).as("no forbidden pair in a group").doesNotContain(pair);
					score += FitScore
						.of(profile(input, pair.a()), profile(input, pair.b()), input.pairedBefore().contains(pair),
								input.again().getOrDefault(pair, 0))
						.score();
					again |= input.again().containsKey(pair);
				}
			}
			assertThat(group.score()).isEqualTo(score);
			assertThat(group.again()).as("a group meets again when it holds a pair who both asked").isEqualTo(again);
			total += score;
		}
		assertThat(trios).isLessThanOrEqualTo(1);
		assertThat(plan.totalScore()).isEqualTo(total);
		for (LeftOut left : plan.leftOut()) {
			assertThat(seen.add(left.memberId())).as("a left-out member is in no group").isTrue();
			boolean anyone = input.members()
				.stream()
				.anyMatch(m -> !m.memberId().equals(left.memberId())
						&& !input.forbidden().contains(MemberPair.of(m.memberId(), left.memberId())));
			assertThat(left.reason()).isEqualTo(anyone ? RoundPlanner.EVERYONE_TAKEN : RoundPlanner.NOBODY_ALLOWED);
		}
		assertThat(seen).hasSameSizeAs(input.members());
	}

	private static MemberProfile profile(RoundInput input, UUID id) {
		return input.members().stream().filter(m -> m.memberId().equals(id)).findFirst().orElseThrow();
	}

}

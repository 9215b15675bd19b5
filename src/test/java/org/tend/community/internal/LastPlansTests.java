package org.tend.community.internal;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.tend.community.matching.MeetingMode;
import org.tend.community.matching.MemberPair;
import org.tend.community.matching.MemberProfile;
import org.tend.community.matching.PlannedGroup;
import org.tend.community.matching.PlannedRound;
import org.tend.community.matching.RoundInput;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A publish right after an unchanged preview takes the preview's plan; any change to what
 * a plan is made from plans again.
 */
class LastPlansTests {

	private final LastPlans lastPlans = new LastPlans();

	private final AtomicInteger planned = new AtomicInteger();

	private final Function<RoundInput, PlannedRound> planner = (input) -> {
		this.planned.incrementAndGet();
		List<UUID> ids = input.members().stream().map(MemberProfile::memberId).toList();
		return new PlannedRound(List.of(new PlannedGroup(ids, 1, List.of())), List.of(), 1);
	};

	private final UUID community = UUID.randomUUID();

	private final MemberProfile ana = profile("Valencia");

	private final MemberProfile bo = profile("Lisbon");

	@Test
	void anEqualInputTakesTheKeptPlan() {
		PlannedRound preview = this.lastPlans.plan(this.community, input(this.ana, this.bo), this.planner);
		// built afresh from the same rows, as a publish builds it
		PlannedRound publish = this.lastPlans.plan(this.community,
				new RoundInput(new ArrayList<>(List.of(this.ana, this.bo)), Set.of(), Set.of(), Set.of()),
				this.planner);

		assertThat(publish).isSameAs(preview);
		assertThat(this.planned).hasValue(1);
	}

	@Test
	void aChangedProfileHistoryOrMemberPlansAgain() {
		this.lastPlans.plan(this.community, input(this.ana, this.bo), this.planner);

		MemberProfile moved = new MemberProfile(this.bo.memberId(), this.bo.topics(), this.bo.asks(), this.bo.offers(),
				"Madrid", this.bo.zone(), this.bo.mode());
		this.lastPlans.plan(this.community, input(this.ana, moved), this.planner);
		this.lastPlans.plan(this.community, new RoundInput(List.of(this.ana, moved), Set.of(),
				Set.of(MemberPair.of(this.ana.memberId(), moved.memberId())), Set.of()), this.planner);
		this.lastPlans.plan(this.community, input(this.ana, moved, profile("Berlin")), this.planner);

		assertThat(this.planned).hasValue(4);
	}

	@Test
	void communitiesKeepTheirOwnPlans() {
		UUID other = UUID.randomUUID();
		this.lastPlans.plan(this.community, input(this.ana, this.bo), this.planner);
		this.lastPlans.plan(other, input(this.ana, this.bo), this.planner);
		this.lastPlans.plan(this.community, input(this.ana, this.bo), this.planner);

		assertThat(this.planned).hasValue(2);
	}

	private static RoundInput input(MemberProfile... members) {
		return new RoundInput(List.of(members), Set.of(), Set.of(), Set.of());
	}

	private static MemberProfile profile(String city) {
		return new MemberProfile(UUID.randomUUID(), Set.of("ceramics"), List.of("pricing advice"),
				List.of("grant writing"), city, ZoneId.of("Europe/Madrid"), MeetingMode.EITHER);
	}

}

package org.tend.groups.internal;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import org.tend.groups.GroupSession;
import org.tend.groups.SmallGroup;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The tables behind a group's season on each database: the sessions to remind of (none
 * for a closed group), the "keep going / close" answers, and proposals becoming groups of
 * no organizer's season while forming leaves out who joined after wishing.
 */
@Transactional
abstract class GroupSeasonRepositoryContract {

	static final Instant NOW = Instant.parse("2027-02-01T09:00:00Z");

	@Autowired
	JdbcClient jdbc;

	@Autowired
	GroupRepository groups;

	@Autowired
	ReminderRepository reminders;

	@Autowired
	ContinuationRepository continuations;

	@Autowired
	ProposalRepository proposals;

	UUID community;

	List<UUID> members = new ArrayList<>();

	SmallGroup group;

	@BeforeEach
	void aPublishedGroup() {
		this.community = UUID.randomUUID();
		this.jdbc.sql("""
				insert into community (id, name, cadence, open_day, open_minute, zone, repeat_window,
				    approval_required, invite_code, created_at)
				values (:id, 'Makers', 'weekly', 1, 540, 'Europe/Madrid', 4, false, :code, :now)""")
			.param("id", this.community)
			.param("code", this.community.toString())
			.param("now", Timestamp.from(NOW))
			.update();
		this.members.clear();
		List<SmallGroup.Member> members = new ArrayList<>();
		for (String name : List.of("Zoë", "李小龍", "Bo", "Cy")) {
			UUID id = UUID.randomUUID();
			this.jdbc.sql("""
					insert into account (id, email, password_hash, display_name, time_zone, demo, created_at)
					values (:id, :email, 'x', :name, 'UTC', false, :now)""")
				.param("id", id)
				.param("email", id + "@example.org")
				.param("name", name)
				.param("now", Timestamp.from(NOW))
				.update();
			this.members.add(id);
			members.add(new SmallGroup.Member(id, name));
		}
		UUID season = UUID.randomUUID();
		this.groups.insertSeason(season, this.community, NOW, NOW.plus(Duration.ofDays(30)));
		this.group = new SmallGroup(UUID.randomUUID(), this.community, "Climate policy", "virtual", null, List.of(),
				members, List.of(new GroupSession(UUID.randomUUID(), 1, NOW.plus(Duration.ofDays(2))),
						new GroupSession(UUID.randomUUID(), 2, NOW.plus(Duration.ofDays(16)))));
		this.groups.insertGroup(season, this.group);
	}

	@Test
	void aSessionWithinTheWindowIsDueForEveryMember() {
		Instant first = this.group.sessions().get(0).startsAt();
		assertThat(this.reminders.due(NOW, first.minusSeconds(1))).isEmpty();
		List<ReminderRepository.Due> due = this.reminders.due(first.minus(Duration.ofDays(1)), first);
		assertThat(due).extracting(ReminderRepository.Due::memberId).containsExactlyInAnyOrderElementsOf(this.members);
		assertThat(due).allSatisfy((d) -> {
			assertThat(d.number()).isEqualTo(1);
			assertThat(d.sessions()).isEqualTo(2);
			assertThat(d.topic()).isEqualTo("Climate policy");
		});
		assertThat(this.reminders.due(first, first.plus(Duration.ofDays(1)))).as("after it started").isEmpty();
	}

	@Test
	void aClosedGroupIsNeverDue() {
		this.jdbc.sql("update small_group set closed_at = :now where id = :g")
			.param("now", Timestamp.from(NOW))
			.param("g", this.group.id())
			.update();
		assertThat(this.reminders.due(NOW, NOW.plus(Duration.ofDays(30)))).isEmpty();
	}

	@Test
	void anAnswerIsReplacedAndAClosedGroupStaysClosed() {
		UUID group = this.group.id();
		UUID zoe = this.members.get(0);
		assertThat(this.continuations.lockAndReadClosed(group)).isEmpty();
		this.continuations.choose(group, zoe, 2, "keep");
		this.continuations.choose(group, zoe, 2, "close");
		assertThat(this.continuations.answers(group, 2)).isEqualTo(java.util.Map.of(zoe, "close"));
		assertThat(this.continuations.firstKeptAfter(group, 2)).isEmpty();
		this.continuations.addSessions(group,
				List.of(new GroupSession(UUID.randomUUID(), 3, NOW.plus(Duration.ofDays(30)))));
		assertThat(this.continuations.firstKeptAfter(group, 3)).contains(2);

		this.continuations.close(group, NOW);
		this.continuations.close(group, NOW.plusSeconds(60));
		assertThat(this.continuations.closedAt(group)).contains(NOW);
		assertThat(this.continuations.lockAndReadClosed(group)).contains(NOW);
	}

	@Test
	void aProposalBecomesAGroupOfNoSeasonAndKeepsItsMembersOutOfForming() {
		UUID zoe = this.members.get(0);
		UUID li = this.members.get(1);
		org.tend.groups.GroupWish wish = new org.tend.groups.GroupWish(List.of("Climate policy"), "virtual", null, 4,
				5);
		this.groups.replaceWish(this.community, zoe, wish, NOW);
		this.groups.replaceWish(this.community, li, wish, NOW);
		org.tend.groups.GroupProposal proposal = new org.tend.groups.GroupProposal(UUID.randomUUID(), this.community,
				zoe, "Climate policy", "virtual", null, 4, 6, 14, null, null, NOW, List.of());
		this.proposals.insert(proposal);
		this.proposals.lock(proposal.id());
		this.proposals.addMember(proposal.id(), new SmallGroup.Member(zoe, "Zoë"), NOW.plusSeconds(60));
		assertThat(this.proposals.openBy(this.community, zoe)).isEqualTo(1);
		assertThat(this.proposals.open(this.community, 10)).singleElement()
			.satisfies((p) -> assertThat(p.openSeats()).isEqualTo(3));
		assertThat(this.groups.openWishes(this.community)).extracting(GroupRepository.OpenWish::memberId)
			.as("Zoë joined after wishing")
			.containsExactly(li);

		SmallGroup group = new SmallGroup(UUID.randomUUID(), this.community, "Climate policy", "virtual", null,
				List.of("Proposed by Zoë"), List.of(new SmallGroup.Member(zoe, "Zoë")), List.of());
		this.proposals.becomeGroup(proposal.id(), group);
		assertThat(this.proposals.open(this.community, 10)).isEmpty();
		assertThat(this.proposals.find(this.community, proposal.id()).orElseThrow().groupId()).isEqualTo(group.id());
		assertThat(this.proposals.find(UUID.randomUUID(), proposal.id())).as("another community's").isEmpty();
		assertThat(this.groups.groupOf(zoe, group.id())).isPresent();

		this.continuations.close(group.id(), NOW);
		assertThat(this.groups.openWishes(this.community)).extracting(GroupRepository.OpenWish::memberId)
			.as("the proposed group is closed")
			.containsExactlyInAnyOrder(zoe, li);
	}

}

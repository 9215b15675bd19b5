package org.tend.meetings.internal;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import org.tend.meetings.MeetingChanges;
import org.tend.meetings.MeetingFilter;
import org.tend.meetings.MeetingKind;
import org.tend.meetings.MeetingStatus;
import org.tend.meetings.NewMeeting;
import org.tend.meetings.Reflection;
import org.tend.support.SmallJournal;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The same repository behaviour, run on H2 and on PostgreSQL by the subclasses. Each test
 * rolls back: {@code @Transactional} must sit on the class declaring the test methods,
 * the one on the subclasses' {@code @JdbcTest} is not seen for inherited methods.
 */
@Transactional
abstract class MeetingRepositoryContract {

	private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");

	@Autowired
	MeetingRepository meetings;

	@Autowired
	MeetingHistory history;

	@Autowired
	JdbcClient jdbc;

	private UUID owner;

	private UUID other;

	private UUID zoe;

	private UUID li;

	private UUID ana;

	@BeforeEach
	void journal() {
		SmallJournal fixtures = new SmallJournal(this.jdbc);
		this.owner = fixtures.account("Member", "zoë-" + UUID.randomUUID() + "@example.org");
		this.other = fixtures.account("Member", "sam-" + UUID.randomUUID() + "@example.org");
		this.zoe = fixtures.person(this.owner, "Zoë Ñúñez 🌱");
		this.li = fixtures.person(this.owner, "李小龍");
		this.ana = fixtures.person(this.other, "Ana Other");
	}

	@Test
	void storesAMeetingWithItsPeopleAndReflection() {
		Meeting meeting = meeting(List.of(this.zoe, this.li), MeetingStatus.HAPPENED, NOW.minus(3, ChronoUnit.DAYS))
			.apply(MeetingChanges.reflection(new Reflection("She moves to Lisbon 🌍", "My book", null,
					"Intro to a publisher", "Send the article")), NOW);
		this.meetings.insert(this.owner, meeting);

		Meeting found = this.meetings.findById(this.owner, meeting.id()).orElseThrow();

		assertThat(found.withPersonIds(List.of())).isEqualTo(meeting.withPersonIds(List.of()));
		assertThat(found.personIds()).containsExactlyInAnyOrder(this.zoe, this.li);
		assertThat(this.meetings.exists(this.owner, meeting.id())).isTrue();
	}

	@Test
	void neverReachesAnotherMembersMeeting() {
		Meeting theirs = meeting(List.of(this.ana), MeetingStatus.HAPPENED, NOW);
		this.meetings.insert(this.other, theirs);

		assertThat(this.meetings.exists(this.owner, theirs.id())).isFalse();
		assertThat(this.meetings.findById(this.owner, theirs.id())).isEmpty();
		assertThat(this.meetings.find(this.owner, MeetingFilter.ALL, false, 0, 50)).isEmpty();
		assertThat(this.meetings.count(this.owner, MeetingFilter.withPerson(this.ana))).isZero();
		assertThat(this.history.latestHappened(this.owner, List.of(this.ana))).isEmpty();
		assertThat(this.history.onlyWith(this.owner, this.ana)).isEmpty();
		assertThat(this.meetings.delete(this.owner, List.of(theirs.id()))).isZero();
		assertThat(this.meetings.findById(this.other, theirs.id())).isPresent();
	}

	@Test
	void filtersByPersonStatusAndPeriod() {
		Meeting oldCoffee = insert(List.of(this.zoe), MeetingStatus.HAPPENED, NOW.minus(40, ChronoUnit.DAYS));
		Meeting groupLunch = insert(List.of(this.zoe, this.li), MeetingStatus.HAPPENED, NOW.minus(5, ChronoUnit.DAYS));
		Meeting cancelled = insert(List.of(this.li), MeetingStatus.CANCELLED, NOW.minus(2, ChronoUnit.DAYS));
		Meeting planned = insert(List.of(this.li), MeetingStatus.PLANNED, NOW.plus(2, ChronoUnit.DAYS));

		assertThat(ids(new MeetingFilter(this.zoe, null, null, null))).containsExactly(groupLunch.id(), oldCoffee.id());
		assertThat(ids(new MeetingFilter(this.li, MeetingStatus.HAPPENED, null, null)))
			.containsExactly(groupLunch.id());
		assertThat(ids(new MeetingFilter(null, null, NOW.minus(5, ChronoUnit.DAYS), NOW)))
			.containsExactly(cancelled.id(), groupLunch.id());
		assertThat(ids(new MeetingFilter(null, MeetingStatus.PLANNED, NOW, null))).containsExactly(planned.id());
		assertThat(this.meetings.count(this.owner, new MeetingFilter(this.li, null, null, NOW))).isEqualTo(2);
	}

	@Test
	void pagesNewestFirstOrSoonestFirst() {
		Meeting first = insert(List.of(this.zoe), MeetingStatus.HAPPENED, NOW.minus(3, ChronoUnit.DAYS));
		Meeting second = insert(List.of(this.zoe), MeetingStatus.HAPPENED, NOW.minus(2, ChronoUnit.DAYS));
		Meeting third = insert(List.of(this.zoe), MeetingStatus.HAPPENED, NOW.minus(1, ChronoUnit.DAYS));

		assertThat(this.meetings.find(this.owner, MeetingFilter.ALL, false, 0, 2)).extracting(Meeting::id)
			.containsExactly(third.id(), second.id());
		assertThat(this.meetings.find(this.owner, MeetingFilter.ALL, false, 2, 2)).extracting(Meeting::id)
			.containsExactly(first.id());
		assertThat(this.meetings.find(this.owner, MeetingFilter.ALL, true, 0, 2)).extracting(Meeting::id)
			.containsExactly(first.id(), second.id());
		assertThat(this.meetings.count(this.owner, MeetingFilter.ALL)).isEqualTo(3);
	}

	@Test
	void lastMetIsTheLatestMeetingThatHappenedWithEachPerson() {
		insert(List.of(this.zoe), MeetingStatus.HAPPENED, NOW.minus(30, ChronoUnit.DAYS));
		Meeting group = insert(List.of(this.zoe, this.li), MeetingStatus.HAPPENED, NOW.minus(10, ChronoUnit.DAYS));
		insert(List.of(this.zoe), MeetingStatus.CANCELLED, NOW.minus(1, ChronoUnit.DAYS));
		insert(List.of(this.li), MeetingStatus.PLANNED, NOW.plus(1, ChronoUnit.DAYS));
		UUID nobodyMet = new SmallJournal(this.jdbc).person(this.owner, "Nadie");

		assertThat(this.history.latestHappened(this.owner, List.of(this.zoe, this.li, nobodyMet)))
			.containsEntry(this.zoe, group.startsAt())
			.containsEntry(this.li, group.startsAt())
			.doesNotContainKey(nobodyMet);
	}

	@Test
	void findsTheLatestReflectionAndNextStepOtherThanTheMeetingPrepared() {
		Meeting older = insert(List.of(this.zoe), MeetingStatus.HAPPENED, NOW.minus(30, ChronoUnit.DAYS),
				new Reflection("Loves sailing", null, null, null, "Send the sailing club link"));
		Meeting newer = insert(List.of(this.zoe, this.li), MeetingStatus.HAPPENED, NOW.minus(10, ChronoUnit.DAYS),
				new Reflection("Hiring a CTO", null, null, null, null));
		Meeting prepared = insert(List.of(this.zoe), MeetingStatus.PLANNED, NOW.plus(1, ChronoUnit.DAYS),
				new Reflection(null, null, null, null, "Not yet"));

		assertThat(this.history.latestReflected(this.owner, this.zoe, prepared.id())).map(Meeting::id)
			.contains(newer.id());
		assertThat(this.history.latestWithNextStep(this.owner, this.zoe, prepared.id())).map(Meeting::id)
			.contains(older.id());
		assertThat(this.history.latestWithNextStep(this.owner, this.zoe, null)).map(Meeting::id)
			.contains(prepared.id());
		assertThat(this.history.latestReflected(this.other, this.zoe, null)).isEmpty();
	}

	@Test
	void findsOneToOneMeetingsButNotGroupMeetings() {
		Meeting alone = insert(List.of(this.zoe), MeetingStatus.HAPPENED, NOW);
		insert(List.of(this.zoe, this.li), MeetingStatus.HAPPENED, NOW);

		assertThat(this.history.onlyWith(this.owner, this.zoe)).containsExactly(alone.id());
	}

	@Test
	void replacesTheMeetingsPeople() {
		Meeting meeting = insert(List.of(this.zoe), MeetingStatus.PLANNED, NOW);

		this.meetings.replacePeople(this.owner, meeting.id(), List.of(this.li));

		assertThat(this.meetings.findById(this.owner, meeting.id()).orElseThrow().personIds()).containsExactly(this.li);
		assertThat(this.meetings.count(this.owner, MeetingFilter.withPerson(this.zoe))).isZero();
	}

	private List<UUID> ids(MeetingFilter filter) {
		return this.meetings.find(this.owner, filter, false, 0, 50).stream().map(Meeting::id).toList();
	}

	private Meeting insert(List<UUID> people, MeetingStatus status, Instant startsAt) {
		return insert(people, status, startsAt, null);
	}

	private Meeting insert(List<UUID> people, MeetingStatus status, Instant startsAt, Reflection reflection) {
		Meeting meeting = meeting(people, status, startsAt).apply(MeetingChanges.reflection(reflection), NOW);
		this.meetings.insert(this.owner, meeting);
		return meeting;
	}

	private static Meeting meeting(List<UUID> people, MeetingStatus status, Instant startsAt) {
		NewMeeting command = new NewMeeting(people, MeetingKind.COFFEE, null, startsAt, 45, "Café Central", status,
				"Ask about the move", null);
		return Meeting.create(UUID.randomUUID(), command, NOW);
	}

}

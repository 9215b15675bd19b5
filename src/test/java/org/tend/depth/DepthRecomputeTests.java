package org.tend.depth;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.tend.depth.internal.DepthDecayJob;
import org.tend.ledger.Direction;
import org.tend.ledger.ExchangeCount;
import org.tend.ledger.ExchangeKind;
import org.tend.ledger.NewExchange;
import org.tend.ledger.NewPromise;
import org.tend.ledger.PromiseChanges;
import org.tend.ledger.PromiseOwner;
import org.tend.ledger.PromiseRecord;
import org.tend.ledger.PromiseStatus;
import org.tend.meetings.HappenedMeeting;
import org.tend.meetings.MeetingKind;
import org.tend.meetings.MeetingStatus;
import org.tend.meetings.NewMeeting;
import org.tend.meetings.Reflection;
import org.tend.people.NewNote;
import org.tend.people.NoteKind;
import org.tend.people.PersonTraits;

import org.tend.support.JournalTestCase;
import org.tend.support.TravelClock;
import org.tend.support.TravelClock.Travel;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Scores follow the journal: every write recomputes the people it names, the daily job
 * lets silence show; and the facade reads depth is built on.
 */
@Import(TravelClock.class)
class DepthRecomputeTests extends JournalTestCase {

	static final Instant START = Instant.parse("2026-06-01T10:00:00Z");

	@Autowired
	Travel travel;

	@Autowired
	DepthService depth;

	@Autowired
	DepthDecayJob job;

	@Autowired
	InsightsService insights;

	private UUID ana;

	private UUID zoe;

	private UUID li;

	private UUID planned;

	@BeforeEach
	void journal() {
		this.travel.set(START);
		this.ana = signUp("Ana").id();
		this.zoe = person(this.ana, "Zoë Ñúñez 🌱", null, LocalDate.of(2024, 6, 1));
		this.li = person(this.ana, "李小龍", null, null);
		this.meetings.create(this.ana, ZoneOffset.UTC,
				new NewMeeting(List.of(this.zoe, this.li), MeetingKind.WALK, null, START.minus(Duration.ofDays(10)),
						120, null, MeetingStatus.HAPPENED, null,
						new Reflection("Seeds travel far", null, null, null, null)));
		this.planned = this.meetings
			.create(this.ana, ZoneOffset.UTC,
					new NewMeeting(List.of(this.zoe), MeetingKind.CALL, null, START.plus(Duration.ofDays(3)), 30, null,
							MeetingStatus.PLANNED, null, null))
			.id();
	}

	@Test
	void everyKindOfWriteRecomputesTheScoreItTouches() {
		double afterMeeting = this.depth.score(this.ana, this.zoe).score();
		this.people.addNote(this.ana, this.zoe, new NewNote(NoteKind.PROJECT, "A seed bank in Valparaíso", null),
				ZoneOffset.UTC);
		double afterNote = this.depth.score(this.ana, this.zoe).score();
		this.ledger.recordExchange(this.ana,
				new NewExchange(this.zoe, Direction.RECEIVED, ExchangeKind.ADVICE, "Grant advice", null, null));
		double afterHelp = this.depth.score(this.ana, this.zoe).score();

		assertThat(afterNote).isEqualTo(afterMeeting + 2.0);
		assertThat(afterHelp).isGreaterThan(afterNote);
	}

	@Test
	void theDailyJobLetsSilenceShow() {
		DepthScore before = this.depth.score(this.ana, this.zoe);
		this.travel.set(START.plus(Duration.ofDays(120)));

		this.job.decay();

		DepthScore after = this.depth.score(this.ana, this.zoe);
		assertThat(after.score()).isLessThan(before.score());
		assertThat(after.computedAt()).isEqualTo(START.plus(Duration.ofDays(120)));
		assertThat(after.components().get(0).label()).isEqualTo("last met 130 days ago");
	}

	@Test
	void peopleTellTheirTraitsAndRecordTheirDepth() {
		this.people.addNote(this.ana, this.zoe, new NewNote(NoteKind.CHALLENGE, "Funding", null), ZoneOffset.UTC);
		Map<UUID, PersonTraits> traits = this.people.traits(this.ana, List.of(this.zoe, this.li, UUID.randomUUID()));

		assertThat(traits).containsOnlyKeys(this.zoe, this.li);
		assertThat(traits.get(this.zoe).noteKinds()).containsExactly(NoteKind.CHALLENGE);
		assertThat(traits.get(this.zoe).metOn()).isEqualTo(LocalDate.of(2024, 6, 1));
		assertThat(this.people.personIds(this.ana)).containsExactlyInAnyOrder(this.zoe, this.li);
		assertThat(this.people.journalOwners()).contains(this.ana);
		assertThat(this.people.traits(UUID.randomUUID(), List.of(this.zoe))).isEmpty();
	}

	@Test
	void meetingsTellWhatHappenedAndWithWhom() {
		List<HappenedMeeting> happened = this.meetings.happenedWith(this.ana, Set.of(this.li));

		assertThat(happened).singleElement().satisfies((meeting) -> {
			assertThat(meeting.personIds()).containsExactlyInAnyOrder(this.zoe, this.li);
			assertThat(meeting.reflected()).isTrue();
			assertThat(meeting.durationMinutes()).isEqualTo(120);
		});
		assertThat(this.meetings.happenedWith(this.ana, Set.of(this.zoe))).extracting(HappenedMeeting::id)
			.doesNotContain(this.planned);
		assertThat(this.meetings.happenedWith(UUID.randomUUID(), Set.of(this.zoe))).isEmpty();
	}

	@Test
	void theLedgerCountsHelpAndPromisesKept() {
		this.ledger.recordExchange(this.ana,
				new NewExchange(this.li, Direction.GIVEN, ExchangeKind.INTRODUCTION, "Intro to Zoë", null, null));
		UUID onTime = this.ledger
			.makePromise(this.ana,
					new NewPromise(this.li, PromiseOwner.ME, "Send the map", LocalDate.of(2026, 6, 5),
							PromiseStatus.OPEN, null))
			.id();
		UUID late = this.ledger
			.makePromise(this.ana,
					new NewPromise(this.li, PromiseOwner.THEM, "Call back", LocalDate.of(2026, 5, 20),
							PromiseStatus.OPEN, null))
			.id();
		this.ledger.makePromise(this.ana, new NewPromise(this.li, PromiseOwner.ME, "Lend the book",
				LocalDate.of(2026, 5, 1), PromiseStatus.OPEN, null));
		this.ledger.changePromise(this.ana, onTime, PromiseChanges.status(PromiseStatus.KEPT));
		this.ledger.changePromise(this.ana, late, PromiseChanges.status(PromiseStatus.KEPT));

		assertThat(this.ledger.exchangeCounts(this.ana, Set.of(this.li)))
			.containsExactly(new ExchangeCount(this.li, Direction.GIVEN, ExchangeKind.INTRODUCTION, 1));
		assertThat(this.ledger.promiseRecords(this.ana, Set.of(this.li), LocalDate.of(2026, 6, 1)))
			.containsEntry(this.li, new PromiseRecord(this.li, 1, 1, 1));
		assertThat(this.ledger.exchangeCounts(UUID.randomUUID())).isEmpty();
	}

	@Test
	void insightsDrawTheJournal() {
		Insights seen = this.insights.insights(this.ana, ZoneId.of("Europe/Madrid"));

		assertThat(seen.distribution()).hasSize(10);
		assertThat(seen.distribution().stream().mapToInt(Insights.Bucket::people).sum()).isEqualTo(2);
		assertThat(seen.strongTies()).hasSize(24);
		assertThat(seen.calendar()).hasSizeBetween(358, 364);
		assertThat(seen.calendar().stream().mapToInt(Insights.DayCount::meetings).sum()).isEqualTo(1);
		assertThat(seen.network().links()).singleElement().extracting(Insights.Link::meetings).isEqualTo(1);
		assertThat(seen.reciprocity()).hasSize(ExchangeKind.values().length);
	}

}

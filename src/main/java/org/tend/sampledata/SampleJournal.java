package org.tend.sampledata;

import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tend.accounts.Account;
import org.tend.accounts.AccountsService;
import org.tend.ledger.Direction;
import org.tend.ledger.ExchangeKind;
import org.tend.ledger.LedgerService;
import org.tend.ledger.NewExchange;
import org.tend.ledger.NewPromise;
import org.tend.ledger.Promise;
import org.tend.ledger.PromiseChanges;
import org.tend.ledger.PromiseOwner;
import org.tend.ledger.PromiseStatus;
import org.tend.meetings.MeetingDetails;
import org.tend.meetings.MeetingKind;
import org.tend.meetings.MeetingStatus;
import org.tend.meetings.MeetingsService;
import org.tend.meetings.NewMeeting;
import org.tend.meetings.Reflection;
import org.tend.people.Circle;
import org.tend.people.NewNote;
import org.tend.people.NoteKind;
import org.tend.people.PeopleService;
import org.tend.people.PersonDetails;
import org.tend.people.PersonInput;
import org.tend.sampledata.SamplePeople.SamplePerson;

/**
 * Fills a new demo account with a journal that looks lived-in: people in every circle,
 * about eighteen months of meetings with reflections, exchanges both ways and promises
 * (some kept, some overdue). Everything goes through the modules' facades, in one
 * transaction, so a failure leaves no half-made account behind.
 */
@Component
class SampleJournal {

	/**
	 * Meetings per person over the eighteen months, by circle: the closer, the more
	 * often.
	 */
	private static final int[] MEETINGS_BY_CIRCLE = { 12, 6, 3, 1 };

	private static final MeetingKind[] KINDS = { MeetingKind.COFFEE, MeetingKind.COFFEE, MeetingKind.LUNCH,
			MeetingKind.WALK, MeetingKind.VIDEO, MeetingKind.CALL, MeetingKind.TAPAS, MeetingKind.DINNER };

	private final AccountsService accounts;

	private final PeopleService people;

	private final MeetingsService meetings;

	private final LedgerService ledger;

	private final Clock clock;

	SampleJournal(AccountsService accounts, PeopleService people, MeetingsService meetings, LedgerService ledger,
			Clock clock) {
		this.accounts = accounts;
		this.people = people;
		this.meetings = meetings;
		this.ledger = ledger;
		this.clock = clock;
	}

	@Transactional
	public Account createDemoAccount(ZoneId zone) {
		Account account = this.accounts.createDemoAccount("Sam Rivera", zone);
		fill(account.id(), zone, new Random(2026));
		return account;
	}

	void fill(UUID owner, ZoneId zone, Random random) {
		LocalDate today = LocalDate.now(this.clock.withZone(zone));
		List<PersonDetails> added = new ArrayList<>();
		for (SamplePerson sample : SamplePeople.PEOPLE) {
			PersonDetails person = addPerson(owner, sample, today, random);
			addNotes(owner, zone, person, sample, today, random);
			added.add(person);
			int count = meetingsFor(sample);
			for (int i = 0; i < count; i++) {
				// regulars spread evenly over the last eighteen months; one-off meetings
				// anywhere in it
				int daysAgo = (count == 1) ? 20 + random.nextInt(520)
						: 20 + 540 * (count - i) / count - random.nextInt(10);
				addPastMeeting(owner, zone, List.of(person.id()), sample, today.minusDays(Math.max(2, daysAgo)),
						random);
			}
			addLedger(owner, person, sample, today, random);
		}
		addGroupMeetings(owner, zone, added, today, random);
		addPlannedMeetings(owner, zone, added, today);
	}

	private PersonDetails addPerson(UUID owner, SamplePerson sample, LocalDate today, Random random) {
		// ascii local part from the name ("Zoë Ñúñez" → zoe.nunez), "contact" when none
		// is left
		String local = Normalizer.normalize(sample.name(), Normalizer.Form.NFKD)
			.toLowerCase(Locale.ROOT)
			.replaceAll("[^a-z ]", "")
			.strip()
			.replaceAll(" +", ".");
		String email = (local.isEmpty() ? "contact" : local) + "@"
				+ sample.company().toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "") + ".example";
		Circle circle = (sample.circle() == null) ? null : Circle.valueOf(sample.circle().toUpperCase(Locale.ROOT));
		return this.people.create(owner,
				new PersonInput(sample.name(), sample.company(), sample.role(), sample.city(), List.of(email),
						List.of(), List.of(), sample.tags(), circle, null, sample.howWeMet(),
						today.minusDays(560 + random.nextInt(900))));
	}

	private void addNotes(UUID owner, ZoneId zone, PersonDetails person, SamplePerson sample, LocalDate today,
			Random random) {
		this.people.addNote(owner, person.id(),
				new NewNote(NoteKind.PROJECT, sample.project(), today.minusDays(200 + random.nextInt(200))), zone);
		this.people.addNote(owner, person.id(),
				new NewNote(NoteKind.CHALLENGE, sample.challenge(), today.minusDays(30 + random.nextInt(150))), zone);
		this.people.addNote(owner, person.id(),
				new NewNote(NoteKind.ASPIRATION, sample.aspiration(), today.minusDays(10 + random.nextInt(60))), zone);
	}

	private static int meetingsFor(SamplePerson sample) {
		if (sample.circle() == null) {
			return 1;
		}
		return MEETINGS_BY_CIRCLE[Circle.valueOf(sample.circle().toUpperCase(Locale.ROOT)).ordinal()];
	}

	private MeetingDetails addPastMeeting(UUID owner, ZoneId zone, List<UUID> personIds, SamplePerson sample,
			LocalDate on, Random random) {
		MeetingKind kind = KINDS[random.nextInt(KINDS.length)];
		boolean cancelled = random.nextInt(14) == 0;
		String first = sample.name().split(" ")[0];
		Reflection reflection = cancelled ? null
				: new Reflection(first + " is " + lowerFirst(sample.project()) + ".",
						"Told " + first + " about my own plans for the year.",
						"Suggested talking to people who solved " + lowerFirst(sample.challenge()) + " before.",
						random.nextBoolean() ? "Asked for feedback on my talk outline." : null,
						"Follow up about: " + lowerFirst(sample.aspiration()));
		return this.meetings.create(owner, zone,
				new NewMeeting(personIds, kind, null,
						on.atTime(LocalTime.of(8 + random.nextInt(10), 30)).atZone(zone).toInstant(),
						45 + 15 * random.nextInt(4), sample.city(),
						cancelled ? MeetingStatus.CANCELLED : MeetingStatus.HAPPENED, null, reflection));
	}

	private void addLedger(UUID owner, PersonDetails person, SamplePerson sample, LocalDate today, Random random) {
		if (random.nextInt(3) == 0) {
			return;
		}
		ExchangeKind[] kinds = ExchangeKind.values();
		this.ledger.recordExchange(owner,
				new NewExchange(person.id(), Direction.GIVEN, kinds[random.nextInt(kinds.length)],
						"Helped with " + lowerFirst(sample.challenge()), today.minusDays(20 + random.nextInt(300)),
						null));
		if (random.nextBoolean()) {
			this.ledger.recordExchange(owner,
					new NewExchange(person.id(), Direction.RECEIVED, kinds[random.nextInt(kinds.length)],
							"Gave me feedback on my project plan", today.minusDays(10 + random.nextInt(200)), null));
		}
		Promise promise = this.ledger.makePromise(owner,
				new NewPromise(person.id(), random.nextBoolean() ? PromiseOwner.ME : PromiseOwner.THEM,
						"Send the article about " + sample.tags().get(0), today.plusDays(random.nextInt(24) - 10),
						PromiseStatus.OPEN, null));
		if (random.nextInt(3) == 0) {
			this.ledger.changePromise(owner, promise.id(), PromiseChanges.status(PromiseStatus.KEPT));
		}
	}

	private void addGroupMeetings(UUID owner, ZoneId zone, List<PersonDetails> added, LocalDate today, Random random) {
		for (int i = 0; i < 3; i++) {
			List<UUID> group = List.of(added.get(i).id(), added.get(i + 5).id(), added.get(i + 10).id());
			addPastMeeting(owner, zone, group, SamplePeople.PEOPLE.get(i), today.minusDays(60 + 90 * i), random);
		}
	}

	private void addPlannedMeetings(UUID owner, ZoneId zone, List<PersonDetails> added, LocalDate today) {
		// the call today keeps "this week" on the today page alive on any weekday, Sunday
		// too
		int[] inDays = { 1, 3, 8, 15, 0 };
		MeetingKind[] kinds = { MeetingKind.COFFEE, MeetingKind.LUNCH, MeetingKind.WALK, MeetingKind.VIDEO,
				MeetingKind.CALL };
		for (int i = 0; i < inDays.length; i++) {
			PersonDetails person = added.get(2 + i * 3);
			this.meetings.create(owner, zone,
					new NewMeeting(List.of(person.id()), kinds[i], null,
							today.plusDays(inDays[i]).atTime(9, 30).atZone(zone).toInstant(), 60, person.city(),
							MeetingStatus.PLANNED, "Ask how the project is going; bring the article.", null));
		}
	}

	private static String lowerFirst(String text) {
		return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
	}

}

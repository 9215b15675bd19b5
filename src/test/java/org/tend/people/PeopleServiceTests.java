package org.tend.people;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tend.accounts.Account;
import org.tend.accounts.AccountsService;
import org.tend.accounts.SignUp;
import org.tend.search.SearchIndex;
import tools.jackson.databind.ObjectMapper;
import org.springframework.context.annotation.Import;
import org.tend.support.TravelClock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The facade's rules over the real database, at a fixed moment: late on 23 November in
 * UTC, already the 24th in Auckland.
 */
@SpringBootTest
@Import(TravelClock.class)
class PeopleServiceTests {

	static final Instant NOW = Instant.parse("2026-11-23T22:30:00Z");

	static final LocalDate TODAY_UTC = LocalDate.parse("2026-11-23");

	static final ZoneId AUCKLAND = ZoneId.of("Pacific/Auckland");

	@Autowired
	TravelClock.Travel clock;

	@Autowired
	PeopleService people;

	@Autowired
	AccountsService accounts;

	@Autowired
	SearchIndex search;

	@Autowired
	DeletionWitness witness;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ObjectMapper json;

	UUID zoe;

	@BeforeEach
	void member() {
		this.clock.set(NOW);
		Account account = this.accounts
			.signUp(new SignUp("zoe-" + UUID.randomUUID() + "@example.org", "a long password!", "Zoë"));
		this.zoe = account.id();
	}

	@Test
	void dueListUsesTodayInTheMembersTimeZone() {
		PersonDetails tomorrow = this.people.create(this.zoe, met("Due tomorrow in UTC", 10, null));
		this.people.updateLastContact(this.zoe, tomorrow.id(), TODAY_UTC.minusDays(9));
		PersonDetails overdue = this.people.create(this.zoe, met("Long overdue", 10, null));
		this.people.updateLastContact(this.zoe, overdue.id(), TODAY_UTC.minusDays(40));
		this.people.create(this.zoe, met("Never met", 10, null));
		// a first-met day is not a meeting: only connected with, never due
		this.people.create(this.zoe, met("Only connected", 10, TODAY_UTC.minusDays(40)));

		assertThat(this.people.dueToReconnect(this.zoe, ZoneOffset.UTC, 10)).extracting(PersonListItem::name)
			.containsExactly("Long overdue");
		assertThat(this.people.dueToReconnect(this.zoe, AUCKLAND, 10)).extracting(PersonListItem::name)
			.containsExactly("Long overdue", "Due tomorrow in UTC");
		assertThat(this.people.dueToReconnect(this.zoe, AUCKLAND, 1)).hasSize(1);
		assertThat(this.people.dueToReconnect(this.zoe, AUCKLAND, 0)).isEmpty();
	}

	@Test
	void aMeetingResetsTheClockAndACadenceChangeMovesTheDueDate() {
		PersonDetails ana = this.people.create(this.zoe, met("Ana", null, TODAY_UTC.minusYears(1)));
		assertThat(ana.dueOn()).isNull();

		PersonDetails inner = this.people.update(this.zoe, ana.id(),
				new PersonChanges(Set.of(PersonField.CIRCLE), person(null, Circle.INNER)));
		assertThat(inner.effectiveCadenceDays()).isEqualTo(14);
		// met a year ago, but never in a meeting: not due until a first meeting
		assertThat(inner.dueOn()).isNull();

		this.people.updateLastContact(this.zoe, ana.id(), TODAY_UTC.minusDays(3));
		assertThat(this.people.details(this.zoe, ana.id()).dueOn()).isEqualTo(TODAY_UTC.plusDays(11));

		PersonDetails weekly = this.people.update(this.zoe, ana.id(),
				new PersonChanges(Set.of(PersonField.CADENCE_DAYS), cadence(7)));
		assertThat(weekly.lastMetOn()).isEqualTo(TODAY_UTC.minusDays(3));
		assertThat(weekly.dueOn()).isEqualTo(TODAY_UTC.plusDays(4));
		assertThat(weekly.updatedAt()).isEqualTo(NOW);
	}

	@Test
	void warnsWhenACircleGrowsPastItsSoftLimit() {
		for (int i = 0; i < 6; i++) {
			this.people.create(this.zoe, person("Friend " + i, Circle.INNER));
		}
		this.people.create(this.zoe, person("Colleague", Circle.CLOSE));

		assertThat(this.people.circleCounts(this.zoe)).containsExactly(new CircleCount(Circle.INNER, 6, 5, true),
				new CircleCount(Circle.CLOSE, 1, 15, false), new CircleCount(Circle.ACTIVE, 0, 50, false),
				new CircleCount(Circle.WIDER, 0, 150, false));
	}

	@Test
	void notesAreDatedTodayInTheMembersTimeZoneAndSearchable() {
		PersonDetails ana = this.people.create(this.zoe, PersonInput.named("Ana"));

		ListeningNote note = this.people.addNote(this.zoe, ana.id(),
				new NewNote(NoteKind.PROJECT, "  Seed bank in Tōhoku ", null), AUCKLAND);

		assertThat(note.notedOn()).isEqualTo(TODAY_UTC.plusDays(1));
		assertThat(note.text()).isEqualTo("Seed bank in Tōhoku");
		assertThat(this.search.search(this.zoe, "tohoku", 5)).singleElement()
			.satisfies((found) -> assertThat(found.personId()).isEqualTo(ana.id()));

		this.people.deleteNote(this.zoe, ana.id(), note.id());
		assertThat(this.search.search(this.zoe, "tohoku", 5)).isEmpty();
		assertThatExceptionOfType(NoteNotFound.class)
			.isThrownBy(() -> this.people.deleteNote(this.zoe, ana.id(), note.id()));
	}

	@Test
	void tellsTheModulesAboveBeforeThePersonGoes() {
		PersonDetails ana = this.people.create(this.zoe, PersonInput.named("Ana Lima"));

		this.people.delete(this.zoe, ana.id());

		assertThat(this.witness.seen).contains(new Seen(ana.id(), true));
		assertThat(this.people.summary(this.zoe, ana.id())).isEmpty();
		assertThat(this.search.search(this.zoe, "lima", 5)).isEmpty();
		assertThatExceptionOfType(PersonNotFound.class).isThrownBy(() -> this.people.delete(this.zoe, ana.id()));
	}

	@Test
	void keepsTheTagsOfTheMember() {
		this.people.create(this.zoe, person("Ana", null, "Climate", "hiring"));
		this.people.create(this.zoe, person("Bea", null, "climate"));

		assertThat(this.people.tags(this.zoe)).containsExactly("climate", "hiring");
	}

	@Test
	void rejectsBadInputWithoutSavingAnything() {
		assertThatExceptionOfType(InvalidEntry.class)
			.isThrownBy(() -> this.people.create(this.zoe, person("Ana", null, "x".repeat(51))))
			.satisfies((ex) -> assertThat(ex.problems()).extracting(InvalidEntry.Problem::field)
				.containsExactly("tags[0]"));

		assertThat(this.people.tags(this.zoe)).isEmpty();
		assertThat(this.people.allSummaries(this.zoe)).isEmpty();
	}

	@Test
	void updatesManyPeopleAtOnceAsOneUpdateEachWould() {
		PersonDetails ana = this.people.create(this.zoe, new PersonInput("Ana", "Old Corp", null, null,
				List.of("ana@old.example"), null, null, List.of("sailing"), null, null, null, null));
		PersonDetails bo = this.people.create(this.zoe, met("Bo", 30, null));
		this.people.updateLastContact(this.zoe, bo.id(), TODAY_UTC.minusDays(10));
		PersonDetails untouched = this.people.create(this.zoe, PersonInput.named("Cy Old Corp"));

		Map<UUID, PersonInput> changes = new LinkedHashMap<>();
		changes.put(ana.id(),
				new PersonInput("Ana Lima", "Verdant Labs", "Founder", "Lagos",
						List.of("ana@verdant.example", "ana@old.example"), List.of("+234 1 234"),
						List.of("https://www.linkedin.com/in/ana-lima"), List.of("climate"), null, null,
						"Connected on LinkedIn", LocalDate.parse("2025-12-22")));
		changes.put(bo.id(), met("Bo Chen", 7, null));
		this.witness.changed.clear();
		this.people.updateAll(this.zoe, changes);

		PersonDetails anaNow = this.people.details(this.zoe, ana.id());
		assertThat(anaNow.toInput()).isEqualTo(changes.get(ana.id()));
		assertThat(anaNow.updatedAt()).isEqualTo(NOW);
		PersonDetails boNow = this.people.details(this.zoe, bo.id());
		assertThat(boNow.name()).isEqualTo("Bo Chen");
		assertThat(boNow.lastMetOn()).as("when they last met is the meetings' business")
			.isEqualTo(TODAY_UTC.minusDays(10));
		assertThat(boNow.dueOn()).as("the new cadence counts from the same last meeting")
			.isEqualTo(TODAY_UTC.minusDays(3));
		assertThat(this.people.details(this.zoe, untouched.id()).toInput()).isEqualTo(PersonInput.named("Cy Old Corp"));
		assertThat(this.search.search(this.zoe, "verdant", 5)).extracting((found) -> found.personId())
			.containsExactly(ana.id());
		assertThat(this.search.search(this.zoe, "sailing", 5)).isEmpty();
		assertThat(this.search.search(this.zoe, "old corp", 5)).extracting((found) -> found.personId())
			.containsExactly(untouched.id());
		assertThat(this.witness.changed).as("only Ana's traits changed: when they first met")
			.containsExactly(new PersonChanged(this.zoe, Set.of(ana.id())));
	}

	@Test
	void writesOnlyWhatAMergeChangedLeavingTheSearchEntryOfAnEmailOnlyChange() {
		PersonDetails ana = this.people.create(this.zoe,
				new PersonInput("Ana", "Verdant Labs", null, null, null, null, null, null, null, null, null, null));
		UUID entryBefore = searchEntryOf(ana.id());

		this.people.updateAll(this.zoe, Map.of(ana.id(), new PersonInput("Ana", "Verdant Labs", null, null,
				List.of("ana@verdant.example"), null, null, null, null, null, null, null)));

		assertThat(this.people.details(this.zoe, ana.id()).emails()).containsExactly("ana@verdant.example");
		assertThat(searchEntryOf(ana.id())).as("the searchable text did not change").isEqualTo(entryBefore);

		this.people.updateAll(this.zoe, Map.of(ana.id(), new PersonInput("Ana", "Verdant Labs", "Founder", null,
				List.of("ana@verdant.example"), null, null, null, null, null, null, null)));

		assertThat(searchEntryOf(ana.id())).isNotEqualTo(entryBefore);
		assertThat(this.search.search(this.zoe, "founder", 5)).extracting((found) -> found.personId())
			.containsExactly(ana.id());
	}

	private UUID searchEntryOf(UUID personId) {
		return this.jdbc.sql("select id from search_document where owner_id = :owner and source_id = :person")
			.param("owner", this.zoe)
			.param("person", personId)
			.query(UUID.class)
			.single();
	}

	@Test
	void aChangeStoredBeforeItNamedSeveralPeopleStillReadsBackNamingNobody() {
		// the event publication registry keeps undelivered events as JSON and publishes
		// them
		// again on restart; one stored when the event named a single personId must not
		// fail
		UUID owner = UUID.randomUUID();
		String stored = "{\"ownerId\":\"" + owner + "\",\"personId\":\"" + UUID.randomUUID() + "\"}";

		PersonChanged read = this.json.readValue(stored, PersonChanged.class);

		assertThat(read).isEqualTo(new PersonChanged(owner, Set.of()));
		assertThat(
				this.json.readValue(this.json.writeValueAsString(PersonChanged.of(owner, owner)), PersonChanged.class))
			.isEqualTo(PersonChanged.of(owner, owner));
	}

	@Test
	void namesAtMostAHundredPeoplePerChangeSoThatEachEventStaysSmall() {
		List<UUID> ids = this.people.createAll(this.zoe,
				IntStream.range(0, 250).mapToObj((i) -> PersonInput.named("Friend " + i)).toList());
		Map<UUID, PersonInput> firstMet = new LinkedHashMap<>();
		ids.forEach((id) -> firstMet.put(id, met("Friend again", null, TODAY_UTC.minusYears(2))));
		this.witness.changed.clear();

		this.people.updateAll(this.zoe, firstMet);

		assertThat(this.witness.changed).extracting((event) -> event.personIds().size()).containsExactly(100, 100, 50);
		assertThat(this.witness.changed.stream().flatMap((event) -> event.personIds().stream()))
			.containsExactlyInAnyOrderElementsOf(ids);
	}

	@Test
	void updatesManyPeopleOnlyWhenEveryEntryIsTheMembersAndValid() {
		PersonDetails ana = this.people.create(this.zoe, PersonInput.named("Ana"));
		UUID stranger = this.accounts
			.signUp(new SignUp("bo-" + UUID.randomUUID() + "@example.org", "a long password!", "Bo"))
			.id();
		PersonDetails theirs = this.people.create(stranger, PersonInput.named("Theirs"));

		Map<UUID, PersonInput> withSomeoneElses = new LinkedHashMap<>();
		withSomeoneElses.put(ana.id(), PersonInput.named("Ana Lima"));
		withSomeoneElses.put(theirs.id(), PersonInput.named("Mine now"));
		assertThatExceptionOfType(PersonNotFound.class)
			.isThrownBy(() -> this.people.updateAll(this.zoe, withSomeoneElses));

		PersonDetails bea = this.people.create(this.zoe, PersonInput.named("Bea"));
		Map<UUID, PersonInput> withABadOne = new LinkedHashMap<>();
		withABadOne.put(ana.id(), PersonInput.named("Ana Lima"));
		withABadOne.put(bea.id(), person("Bea", null, "x".repeat(51)));
		assertThatExceptionOfType(InvalidEntry.class).isThrownBy(() -> this.people.updateAll(this.zoe, withABadOne));

		assertThat(this.people.details(this.zoe, ana.id()).name()).isEqualTo("Ana");
		assertThat(this.people.details(stranger, theirs.id()).name()).isEqualTo("Theirs");
	}

	private static PersonInput met(String name, Integer cadenceDays, LocalDate metOn) {
		return new PersonInput(name, null, null, null, null, null, null, null, null, cadenceDays, null, metOn);
	}

	private static PersonInput person(String name, Circle circle, String... tags) {
		return new PersonInput(name, null, null, null, null, null, null, List.of(tags), circle, null, null, null);
	}

	private static PersonInput cadence(int days) {
		return new PersonInput(null, null, null, null, null, null, null, null, null, days, null, null);
	}

	record Seen(UUID personId, boolean stillThere) {
	}

	/**
	 * Stands for meetings or ledger: looks at the person while being told of the
	 * deletion.
	 */
	static class DeletionWitness {

		final List<Seen> seen = new ArrayList<>();

		final List<PersonChanged> changed = new ArrayList<>();

		private final PeopleService people;

		DeletionWitness(PeopleService people) {
			this.people = people;
		}

		@EventListener
		void on(PersonChanged event) {
			this.changed.add(event);
		}

		@EventListener
		void on(PersonDeleted event) {
			this.seen
				.add(new Seen(event.personId(), this.people.summary(event.ownerId(), event.personId()).isPresent()));
		}

	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Witnesses {

		@Bean
		DeletionWitness deletionWitness(PeopleService people) {
			return new DeletionWitness(people);
		}

	}

}

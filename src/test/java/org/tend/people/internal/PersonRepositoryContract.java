package org.tend.people.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import org.tend.people.Circle;
import org.tend.people.ListeningNote;
import org.tend.people.NoteKind;
import org.tend.people.PeopleQuery;
import org.tend.people.PeopleSort;
import org.tend.people.PersonInput;
import org.tend.people.PersonListItem;
import org.tend.people.internal.PersonDetailRepository.Kind;
import org.tend.people.internal.CadenceSettings;
import org.tend.people.internal.NoteRepository;
import org.tend.people.internal.PeopleListing;
import org.tend.people.internal.PersonDetailRepository;
import org.tend.people.internal.PersonRepository;
import org.tend.shared.PageOf;
import org.tend.shared.PageRequest;
import org.tend.support.SmallJournal;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The people repositories' behaviour, run on H2 and on PostgreSQL by the subclasses:
 * every query scoped by its owner, the list's filters, sorts and pages.
 *
 * <p>
 * {@code @Transactional} is repeated here because the test methods are declared on this
 * class: the {@code @JdbcTest} of the subclasses alone does not roll them back, and the
 * PostgreSQL database would keep every row.
 */
@Transactional
abstract class PersonRepositoryContract {

	static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");

	static final LocalDate TODAY = LocalDate.parse("2026-11-23");

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PersonRepository people;

	@Autowired
	PersonDetailRepository details;

	@Autowired
	PeopleListing listing;

	@Autowired
	NoteRepository notes;

	UUID zoe;

	UUID sam;

	@BeforeEach
	void members() {
		SmallJournal rows = new SmallJournal(this.jdbc);
		this.zoe = rows.account("zoe");
		this.sam = rows.account("sam");
	}

	@Test
	void storesAPersonWithDetailsInTheGivenOrder() {
		UUID ana = person(this.zoe, "Zoë Ñúñez 🌱", Circle.CLOSE, null, TODAY.minusDays(3), null, "climate");
		this.details.replaceDetails(this.zoe, ana, Kind.EMAIL, List.of("zoe@b.example", "zoe@a.example"));
		this.details.replaceDetails(this.zoe, ana, Kind.LINK, List.of("https://example.org/zoe"));
		this.details.replaceDetails(this.zoe, ana, Kind.EMAIL, List.of("zoe@c.example", "zoe@b.example"));

		PersonRepository.PersonRow row = this.people.find(this.zoe, ana).orElseThrow();
		assertThat(row.name()).isEqualTo("Zoë Ñúñez 🌱");
		assertThat(row.circle()).isEqualTo(Circle.CLOSE);
		assertThat(row.dueOn()).isEqualTo(TODAY.minusDays(3));
		assertThat(row.createdAt()).isEqualTo(NOW);
		Map<Kind, List<String>> contacts = this.details.details(this.zoe, ana);
		assertThat(contacts.get(Kind.EMAIL)).containsExactly("zoe@c.example", "zoe@b.example");
		assertThat(contacts.get(Kind.LINK)).containsExactly("https://example.org/zoe");
		assertThat(contacts.get(Kind.PHONE)).isEmpty();
		assertThat(this.details.tags(this.zoe, ana)).containsExactly("climate");
	}

	@Test
	void updatesTheRowButNotWhenWeLastMet() {
		UUID ana = person(this.zoe, "Ana", null, null, null, TODAY.minusDays(40));
		PersonInput changed = new PersonInput("Ana Lima", "Acme", null, "Lisboa", null, null, null, null, Circle.ACTIVE,
				7, "At a meetup", TODAY.minusYears(1));

		assertThat(this.people.update(this.sam, ana, changed, TODAY, NOW)).isFalse();
		assertThat(this.people.update(this.zoe, ana, changed, TODAY.minusDays(33), NOW.plusSeconds(60))).isTrue();

		PersonRepository.PersonRow row = this.people.find(this.zoe, ana).orElseThrow();
		assertThat(row.name()).isEqualTo("Ana Lima");
		assertThat(row.cadenceDays()).isEqualTo(7);
		assertThat(row.lastMetOn()).isEqualTo(TODAY.minusDays(40));
		assertThat(row.dueOn()).isEqualTo(TODAY.minusDays(33));
		assertThat(row.updatedAt()).isEqualTo(NOW.plusSeconds(60));
		assertThat(this.people.cadenceSettings(this.zoe, ana))
			.contains(new CadenceSettings(7, Circle.ACTIVE, TODAY.minusYears(1)));
	}

	@Test
	void filtersByTextCircleAndTag() {
		person(this.zoe, "José Álvarez", Circle.INNER, null, null, null, "climate", "hiring");
		UUID bea = person(this.zoe, "Bea Ortiz", Circle.WIDER, null, null, null, "film");
		this.jdbc.sql("update person set company = 'Climate Works', city = 'Sevilla' where id = :id")
			.param("id", bea)
			.update();
		person(this.zoe, "Carla 100% Real_Name", null, null, null, null);
		person(this.sam, "José Secret", Circle.INNER, null, null, null, "climate");

		assertThat(names(query("jose", null, null))).containsExactly("José Álvarez");
		assertThat(names(query("ÁLVAREZ", null, null))).containsExactly("José Álvarez");
		assertThat(names(query("climate", null, null))).containsExactly("Bea Ortiz", "José Álvarez");
		assertThat(names(query("sevi", null, null))).containsExactly("Bea Ortiz");
		assertThat(names(query(null, Circle.INNER, null))).containsExactly("José Álvarez");
		assertThat(names(query(null, null, "Hiring"))).containsExactly("José Álvarez");
		assertThat(names(query("climate", Circle.WIDER, "film"))).containsExactly("Bea Ortiz");
		assertThat(names(query("100%", null, null))).containsExactly("Carla 100% Real_Name");
		assertThat(names(query("l_n", null, null))).containsExactly("Carla 100% Real_Name");
		assertThat(names(query("c_rla", null, null))).isEmpty();
		assertThat(names(query(null, null, null))).hasSize(3);
	}

	@Test
	void sortsByNameLastMetAndDueWithTheUnknownLast() {
		person(this.zoe, "Émile", null, null, TODAY.plusDays(5), TODAY.minusDays(2));
		person(this.zoe, "Ana", null, null, null, null);
		person(this.zoe, "Bea", null, null, TODAY.minusDays(9), TODAY.minusDays(20));
		person(this.zoe, "Dan", null, null, TODAY, TODAY.minusDays(30));

		assertThat(names(sorted(PeopleSort.NAME))).containsExactly("Ana", "Bea", "Dan", "Émile");
		assertThat(names(sorted(PeopleSort.LAST_MET))).containsExactly("Émile", "Bea", "Dan", "Ana");
		assertThat(names(sorted(PeopleSort.DUE))).containsExactly("Bea", "Dan", "Émile", "Ana");
	}

	@Test
	void pagesWithTheTotalAndTheTagsOfEachPerson() {
		for (int i = 1; i <= 7; i++) {
			person(this.zoe, "Person " + i, null, null, null, null, "tag" + i, "common");
		}

		PageOf<PersonListItem> third = this.listing.list(this.zoe, PeopleQuery.everyone(PeopleSort.NAME),
				new PageRequest(2, 3));
		PageOf<PersonListItem> beyond = this.listing.list(this.zoe, PeopleQuery.everyone(PeopleSort.NAME),
				new PageRequest(5, 3));

		assertThat(third.total()).isEqualTo(7);
		assertThat(third.items()).singleElement().satisfies((person) -> {
			assertThat(person.name()).isEqualTo("Person 7");
			assertThat(person.tags()).containsExactly("common", "tag7");
		});
		assertThat(beyond.items()).isEmpty();
		assertThat(beyond.total()).isEqualTo(7);
	}

	@Test
	void listsWhoIsDueMostOverdueFirst() {
		person(this.zoe, "Later", null, null, TODAY.plusDays(1), null);
		person(this.zoe, "Today", null, null, TODAY, null, "x");
		person(this.zoe, "Long ago", null, null, TODAY.minusDays(100), null);
		person(this.zoe, "Never", null, null, null, null);
		person(this.sam, "Sam's", null, null, TODAY.minusDays(500), null);

		List<PersonListItem> due = this.listing.due(this.zoe, TODAY, 10);

		assertThat(due).extracting(PersonListItem::name).containsExactly("Long ago", "Today");
		assertThat(due.get(1).tags()).containsExactly("x");
		assertThat(this.listing.due(this.zoe, TODAY, 1)).extracting(PersonListItem::name).containsExactly("Long ago");
	}

	@Test
	void countsCirclesAndTagsOfTheOwnerOnly() {
		person(this.zoe, "A", Circle.INNER, null, null, null, "climate", "hiring");
		person(this.zoe, "B", Circle.INNER, null, null, null, "climate");
		person(this.zoe, "C", Circle.WIDER, null, null, null);
		person(this.zoe, "D", null, null, null, null);
		person(this.sam, "E", Circle.CLOSE, null, null, null, "secret");

		assertThat(this.listing.circleCounts(this.zoe))
			.containsExactlyInAnyOrderEntriesOf(Map.of(Circle.INNER, 2L, Circle.WIDER, 1L));
		assertThat(this.listing.tags(this.zoe)).containsExactly("climate", "hiring");
	}

	@Test
	void keepsEachMembersPeopleAndNotesToThemselves() {
		UUID ana = person(this.zoe, "Ana", null, null, null, null, "climate");
		ListeningNote note = new ListeningNote(UUID.randomUUID(), ana, NoteKind.PROJECT, "Seed bank", TODAY, NOW);
		this.notes.insert(this.zoe, note);

		assertThat(this.people.find(this.sam, ana)).isEmpty();
		assertThat(this.details.tags(this.sam, ana)).isEmpty();
		assertThat(this.people.summaries(this.sam, List.of(ana))).isEmpty();
		assertThat(this.listing.list(this.sam, PeopleQuery.everyone(PeopleSort.NAME), new PageRequest(0, 10)).total())
			.isZero();
		assertThat(this.notes.findByPerson(this.sam, ana)).isEmpty();
		assertThat(this.notes.delete(this.sam, ana, note.id())).isFalse();
		assertThat(this.people.delete(this.sam, ana)).isFalse();

		assertThat(this.notes.findByPerson(this.zoe, ana)).containsExactly(note);
		assertThat(this.notes.delete(this.zoe, ana, note.id())).isTrue();
		assertThat(this.people.delete(this.zoe, ana)).isTrue();
		assertThat(this.people.find(this.zoe, ana)).isEmpty();
	}

	@Test
	void listsNotesNewestFirst() {
		UUID ana = person(this.zoe, "Ana", null, null, null, null);
		ListeningNote old = new ListeningNote(UUID.randomUUID(), ana, NoteKind.CHALLENGE, "Old", TODAY.minusDays(9),
				NOW);
		ListeningNote recent = new ListeningNote(UUID.randomUUID(), ana, NoteKind.ASPIRATION, "Recent", TODAY, NOW);
		this.notes.insert(this.zoe, old);
		this.notes.insert(this.zoe, recent);

		assertThat(this.notes.findByPerson(this.zoe, ana)).containsExactly(recent, old);
	}

	private PageOf<PersonListItem> query(String q, Circle circle, String tag) {
		return this.listing.list(this.zoe, new PeopleQuery(q, circle, tag, PeopleSort.NAME), new PageRequest(0, 50));
	}

	private PageOf<PersonListItem> sorted(PeopleSort sort) {
		return this.listing.list(this.zoe, PeopleQuery.everyone(sort), new PageRequest(0, 50));
	}

	private static List<String> names(PageOf<PersonListItem> page) {
		return page.items().stream().map(PersonListItem::name).toList();
	}

	@Test
	void insertsManyPeopleInOneBatchAndReadsEveryoneBackScopedByOwner() {
		UUID ana = UUID.randomUUID();
		UUID li = UUID.randomUUID();
		PersonInput zoeNunez = new PersonInput("Zoë Ñúñez 🌱", "Verdant Labs", null, null,
				List.of("zoe@example.org", "zoe@verdant.example"), List.of("+34 600"),
				List.of("https://www.linkedin.com/in/zoe"), List.of("climate", "data"), Circle.CLOSE, null, null,
				TODAY);
		this.people.insertAll(this.zoe, List.of(new PersonRepository.NewRow(ana, zoeNunez, TODAY.plusDays(30)),
				new PersonRepository.NewRow(li, PersonInput.named("李小龍"), null)), NOW);
		this.details.insertAll(this.zoe, Map.of(ana, zoeNunez, li, PersonInput.named("李小龍")));
		person(this.sam, "Sam's own", null, null, null, null);

		List<PersonRepository.PersonRow> rows = this.people.findAll(this.zoe);

		assertThat(rows).extracting(PersonRepository.PersonRow::name).containsExactly("Zoë Ñúñez 🌱", "李小龍");
		assertThat(rows.get(0).dueOn()).isEqualTo(TODAY.plusDays(30));
		assertThat(rows.get(0).circle()).isEqualTo(Circle.CLOSE);
		Map<UUID, Map<Kind, List<String>>> details = this.details.allDetails(this.zoe);
		assertThat(details.get(ana).get(Kind.EMAIL)).containsExactly("zoe@example.org", "zoe@verdant.example");
		assertThat(details.get(ana).get(Kind.LINK)).containsExactly("https://www.linkedin.com/in/zoe");
		assertThat(details).doesNotContainKey(li);
		assertThat(this.details.allTags(this.zoe)).containsOnlyKeys(ana);
		assertThat(this.details.allTags(this.zoe).get(ana)).containsExactly("climate", "data");
		assertThat(this.details.allDetails(this.sam)).isEmpty();
	}

	@Test
	void updatesManyRowsInOneBatchKeepingWhenWeLastMetAndOnlyTheOwners() {
		UUID ana = person(this.zoe, "Ana", null, null, null, null, "sailing");
		UUID bo = person(this.zoe, "Bo", null, null, null, null);
		UUID samsOwn = person(this.sam, "Sam's own", null, null, null, null);
		this.people.updateLastContact(this.zoe, bo, TODAY.minusDays(4), TODAY.plusDays(3));
		this.details.insertAll(this.zoe, Map.of(ana, new PersonInput("Ana", null, null, null, List.of("a@old.example"),
				null, null, null, null, null, null, null)));
		PersonInput anaNow = new PersonInput("Ana Lima", "Verdant Labs", "Founder", "Lagos", null, null, null, null,
				Circle.INNER, 14, "Connected on LinkedIn", TODAY.minusYears(1));

		this.people.updateAll(this.zoe,
				List.of(new PersonRepository.ChangedRow(ana, anaNow, TODAY.plusDays(14)),
						new PersonRepository.ChangedRow(bo, PersonInput.named("Bo Chen"), null),
						new PersonRepository.ChangedRow(samsOwn, PersonInput.named("Not yours"), null)),
				NOW.plusSeconds(60));
		this.details.deleteAll(this.zoe, List.of(ana, bo, samsOwn));

		Map<UUID, PersonRepository.PersonRow> rows = this.people.findAll(this.zoe, List.of(ana, bo, samsOwn));
		assertThat(rows).containsOnlyKeys(ana, bo);
		assertThat(rows.get(ana)).satisfies((row) -> {
			assertThat(row.name()).isEqualTo("Ana Lima");
			assertThat(row.company()).isEqualTo("Verdant Labs");
			assertThat(row.city()).isEqualTo("Lagos");
			assertThat(row.circle()).isEqualTo(Circle.INNER);
			assertThat(row.cadenceDays()).isEqualTo(14);
			assertThat(row.metOn()).isEqualTo(TODAY.minusYears(1));
			assertThat(row.dueOn()).isEqualTo(TODAY.plusDays(14));
			assertThat(row.updatedAt()).isEqualTo(NOW.plusSeconds(60));
		});
		assertThat(rows.get(bo).company()).isNull();
		assertThat(rows.get(bo).lastMetOn()).isEqualTo(TODAY.minusDays(4));
		assertThat(rows.get(bo).dueOn()).isNull();
		assertThat(this.people.findAll(this.sam)).extracting(PersonRepository.PersonRow::name)
			.containsExactly("Sam's own");
		assertThat(this.details.allDetails(this.zoe)).isEmpty();
		assertThat(this.details.allTags(this.zoe)).isEmpty();
	}

	@Test
	void findsEveryNoteOfTheMemberOnly() {
		UUID ana = person(this.zoe, "Ana", null, null, null, null);
		UUID bo = person(this.sam, "Bo", null, null, null, null);
		this.notes.insert(this.zoe,
				new ListeningNote(UUID.randomUUID(), ana, NoteKind.PROJECT, "Kites", TODAY.minusDays(2), NOW));
		this.notes.insert(this.zoe,
				new ListeningNote(UUID.randomUUID(), ana, NoteKind.OTHER, "Bees", TODAY.minusDays(5), NOW));
		this.notes.insert(this.sam, new ListeningNote(UUID.randomUUID(), bo, NoteKind.OTHER, "Sam's", TODAY, NOW));

		assertThat(this.notes.findAll(this.zoe)).extracting(ListeningNote::text).containsExactly("Bees", "Kites");
	}

	private UUID person(UUID owner, String name, Circle circle, Integer cadenceDays, LocalDate dueOn,
			LocalDate lastMetOn, String... tags) {
		UUID id = UUID.randomUUID();
		PersonInput input = new PersonInput(name, null, null, null, null, null, null, List.of(tags), circle,
				cadenceDays, null, null);
		this.people.insert(owner, id, input, dueOn, NOW);
		if (lastMetOn != null) {
			this.people.updateLastContact(owner, id, lastMetOn, dueOn);
		}
		this.details.replaceTags(owner, id, input.tags());
		return id;
	}

}

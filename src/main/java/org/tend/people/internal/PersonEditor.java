package org.tend.people.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.tend.people.PersonChanges;
import org.tend.people.PersonDeleted;
import org.tend.people.internal.PersonDetailRepository.Kind;
import org.tend.people.PersonDetails;
import org.tend.people.InvalidEntry;
import org.tend.people.PersonInput;
import org.tend.people.PersonNotFound;
import org.tend.people.internal.PersonRepository.PersonRow;
import org.tend.search.SearchIndex;
import org.tend.search.SearchSource;
import org.tend.shared.DateRules;
import org.tend.shared.Ids;
import org.tend.shared.web.InvalidInput;

/**
 * Writes people: checks the entry, stores the row with its due date, its details and
 * tags, and keeps the search index in step, all in the caller's transaction.
 */
@Component
public class PersonEditor {

	private final PersonRepository people;

	private final PersonDetailRepository details;

	private final EntryValidator validator;

	private final SearchIndex searchIndex;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final DateRules dates;

	public PersonEditor(PersonRepository people, PersonDetailRepository details, EntryValidator validator,
			SearchIndex searchIndex, ApplicationEventPublisher events, Clock clock, DateRules dates) {
		this.dates = dates;
		this.people = people;
		this.details = details;
		this.validator = validator;
		this.searchIndex = searchIndex;
		this.events = events;
		this.clock = clock;
	}

	public UUID create(UUID ownerId, PersonInput input) {
		PersonInput person = checkMetOn(this.validator.check(input));
		UUID personId = Ids.newId();
		CadenceSettings cadence = new CadenceSettings(person.cadenceDays(), person.circle(), person.metOn());
		this.people.insert(ownerId, personId, person, cadence.dueAfter(null), now());
		store(ownerId, personId, person);
		return personId;
	}

	/**
	 * Adds many people at once (an address book): every entry is checked first, then
	 * rows, details, tags and search entries are written in batches.
	 */
	public List<UUID> createAll(UUID ownerId, List<PersonInput> inputs) {
		List<PersonInput> checked = this.validator.checkAll(inputs);
		checked.forEach(this::checkMetOn);
		List<PersonRepository.NewRow> rows = new ArrayList<>();
		Map<UUID, PersonInput> byId = new LinkedHashMap<>();
		List<SearchIndex.Entry> entries = new ArrayList<>();
		for (PersonInput person : checked) {
			UUID personId = Ids.newId();
			CadenceSettings cadence = new CadenceSettings(person.cadenceDays(), person.circle(), person.metOn());
			rows.add(new PersonRepository.NewRow(personId, person, cadence.dueAfter(null)));
			byId.put(personId, person);
			entries.add(new SearchIndex.Entry(personId, List.of(personId), person.searchText()));
		}
		this.people.insertAll(ownerId, rows, now());
		this.details.insertAll(ownerId, byId);
		this.searchIndex.indexNew(ownerId, SearchSource.PERSON, entries);
		return List.copyOf(byId.keySet());
	}

	/** Every person of the member with their details, by sort name. */
	public List<PersonDetails> all(UUID ownerId) {
		Map<UUID, Map<Kind, List<String>>> contacts = this.details.allDetails(ownerId);
		Map<UUID, List<String>> tags = this.details.allTags(ownerId);
		return this.people.findAll(ownerId)
			.stream()
			.map((row) -> details(row, contacts.getOrDefault(row.id(), PersonDetailRepository.emptyDetails()),
					tags.getOrDefault(row.id(), List.of())))
			.toList();
	}

	public void update(UUID ownerId, UUID personId, PersonChanges changes) {
		PersonDetails current = details(ownerId, personId).orElseThrow(() -> PersonNotFound.withId(personId));
		PersonInput person = this.validator.check(changes.applyTo(current.toInput()));
		if (!Objects.equals(person.metOn(), current.metOn())) {
			checkMetOn(person);
		}
		// a new cadence, circle or first-met date moves the due date, from the same last
		// meeting
		CadenceSettings cadence = new CadenceSettings(person.cadenceDays(), person.circle(), person.metOn());
		this.people.update(ownerId, personId, person, cadence.dueAfter(current.lastMetOn()), now());
		store(ownerId, personId, person);
	}

	/**
	 * Replaces many people's fields (an import merging into the journal): every entry is
	 * checked first, then only what changed is written, in batches: the rows of people
	 * with any change (their updated time moves), the details of those whose details
	 * changed, the search entries of those whose searchable text changed. Answers the
	 * people whose traits ({@link PersonTraits}: when they first met, their circle)
	 * changed.
	 */
	public Set<UUID> updateAll(UUID ownerId, Map<UUID, PersonInput> inputs) {
		Map<UUID, PersonRow> current = this.people.findAll(ownerId, inputs.keySet());
		inputs.keySet().stream().filter((id) -> !current.containsKey(id)).findFirst().ifPresent((missing) -> {
			throw PersonNotFound.withId(missing);
		});
		this.validator.checkAll(List.copyOf(inputs.values()));
		inputs.forEach((personId, person) -> {
			if (!Objects.equals(person.metOn(), current.get(personId).metOn())) {
				checkMetOn(person);
			}
		});
		Map<UUID, Map<Kind, List<String>>> contacts = this.details.allDetails(ownerId);
		Map<UUID, List<String>> tags = this.details.allTags(ownerId);
		List<PersonRepository.ChangedRow> rows = new ArrayList<>();
		Map<UUID, PersonInput> newDetails = new LinkedHashMap<>();
		List<SearchIndex.Entry> newText = new ArrayList<>();
		Set<UUID> newTraits = new LinkedHashSet<>();
		inputs.forEach((personId, person) -> {
			PersonRow row = current.get(personId);
			PersonInput before = details(row, contacts.getOrDefault(personId, PersonDetailRepository.emptyDetails()),
					tags.getOrDefault(personId, List.of()))
				.toInput();
			boolean detailsChanged = !before.emails().equals(person.emails())
					|| !before.phones().equals(person.phones()) || !before.links().equals(person.links())
					|| !before.tags().equals(person.tags());
			if (!before.equals(person)) {
				CadenceSettings cadence = new CadenceSettings(person.cadenceDays(), person.circle(), person.metOn());
				rows.add(new PersonRepository.ChangedRow(personId, person, cadence.dueAfter(row.lastMetOn())));
			}
			if (detailsChanged) {
				newDetails.put(personId, person);
			}
			if (!before.searchText().equals(person.searchText())) {
				newText.add(new SearchIndex.Entry(personId, List.of(personId), person.searchText()));
			}
			if (!Objects.equals(before.metOn(), person.metOn()) || before.circle() != person.circle()) {
				newTraits.add(personId);
			}
		});
		this.people.updateAll(ownerId, rows, now());
		this.details.deleteAll(ownerId, newDetails.keySet());
		this.details.insertAll(ownerId, newDetails);
		this.searchIndex.replaceAll(ownerId, SearchSource.PERSON, newText);
		return newTraits;
	}

	/**
	 * Tells the modules above first, while the person is still there for them to look at,
	 * then removes the person with their notes, details and search entries.
	 */
	public void delete(UUID ownerId, UUID personId) {
		if (this.people.find(ownerId, personId).isEmpty()) {
			throw PersonNotFound.withId(personId);
		}
		this.events.publishEvent(new PersonDeleted(ownerId, personId));
		this.searchIndex.removePerson(ownerId, personId);
		this.people.delete(ownerId, personId);
	}

	public Optional<PersonDetails> details(UUID ownerId, UUID personId) {
		return this.people.find(ownerId, personId).map((row) -> details(ownerId, row));
	}

	private PersonDetails details(UUID ownerId, PersonRow row) {
		return details(row, this.details.details(ownerId, row.id()), this.details.tags(ownerId, row.id()));
	}

	private static PersonDetails details(PersonRow row, Map<Kind, List<String>> contacts, List<String> tags) {
		return new PersonDetails(row.id(), row.name(), row.company(), row.role(), row.city(), contacts.get(Kind.EMAIL),
				contacts.get(Kind.PHONE), contacts.get(Kind.LINK), tags, row.circle(), row.cadenceDays(),
				row.cadence().effectiveDays(), row.howWeMet(), row.metOn(), row.lastMetOn(), row.dueOn(),
				row.createdAt(), row.updatedAt());
	}

	private void store(UUID ownerId, UUID personId, PersonInput person) {
		this.details.replaceDetails(ownerId, personId, Kind.EMAIL, person.emails());
		this.details.replaceDetails(ownerId, personId, Kind.PHONE, person.phones());
		this.details.replaceDetails(ownerId, personId, Kind.LINK, person.links());
		this.details.replaceTags(ownerId, personId, person.tags());
		this.searchIndex.index(ownerId, SearchSource.PERSON, personId, List.of(personId), person.searchText());
	}

	/**
	 * The day we met is not in the future, nor more than 80 years back
	 * ({@link DateRules}); no member's zone is at hand here, so today is today anywhere.
	 */
	private PersonInput checkMetOn(PersonInput person) {
		try {
			this.dates.requirePast("metOn", person.metOn(), DateRules.ANYWHERE);
		}
		catch (InvalidInput ex) {
			throw InvalidEntry.of(ex.field(), ex.getMessage());
		}
		return person;
	}

	private Instant now() {
		return this.clock.instant().truncatedTo(ChronoUnit.MILLIS);
	}

}

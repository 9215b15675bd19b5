package org.tend.people;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tend.people.internal.CadenceSettings;
import org.tend.people.internal.NoteEditor;
import org.tend.people.internal.NoteRepository;
import org.tend.people.internal.PeopleListing;
import org.tend.people.internal.PersonEditor;
import org.tend.people.internal.PersonRepository;
import org.tend.people.internal.PersonTraitsRepository;
import org.tend.shared.Ids;
import org.tend.shared.PageOf;
import org.tend.shared.PageRequest;
import org.tend.shared.web.InvalidInput;

/**
 * The people module's facade. Every method takes the owner's id: a person is only ever
 * found in the journal of the member who wrote it.
 */
@Service
public class PeopleService {

	/** The longest "due to reconnect" list anyone asks for. */
	public static final int MAX_DUE = 100;

	private final PersonRepository people;

	private final NoteRepository notes;

	private final PeopleListing listing;

	private final PersonEditor editor;

	private final NoteEditor noteEditor;

	private final PersonTraitsRepository facts;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	PeopleService(PersonRepository people, NoteRepository notes, PeopleListing listing, PersonEditor editor,
			NoteEditor noteEditor, PersonTraitsRepository facts, ApplicationEventPublisher events, Clock clock) {
		this.facts = facts;
		this.events = events;
		this.people = people;
		this.notes = notes;
		this.listing = listing;
		this.editor = editor;
		this.noteEditor = noteEditor;
		this.clock = clock;
	}

	/** The person's listening notes, newest first (empty for someone else's person). */
	@Transactional(readOnly = true)
	public List<ListeningNote> notes(UUID ownerId, UUID personId) {
		return this.notes.findByPerson(ownerId, personId);
	}

	/** Throws {@link PersonNotFound} unless every person belongs to the member. */
	@Transactional(readOnly = true)
	public void requireOwned(UUID ownerId, Collection<UUID> personIds) {
		Set<UUID> wanted = new LinkedHashSet<>(personIds);
		Set<UUID> found = summaries(ownerId, wanted).keySet();
		wanted.stream().filter((id) -> !found.contains(id)).findFirst().ifPresent((missing) -> {
			throw PersonNotFound.withId(missing);
		});
	}

	@Transactional(readOnly = true)
	public Map<UUID, PersonSummary> summaries(UUID ownerId, Collection<UUID> personIds) {
		return this.people.summaries(ownerId, Set.copyOf(personIds))
			.stream()
			.collect(Collectors.toMap(PersonSummary::id, Function.identity()));
	}

	/**
	 * Every person of the member, by sort name: what a people picker offers (a journal
	 * holds at most a few hundred people worth choosing from).
	 */
	@Transactional(readOnly = true)
	public List<PersonSummary> allSummaries(UUID ownerId) {
		return this.people.allSummaries(ownerId);
	}

	@Transactional(readOnly = true)
	public Optional<PersonSummary> summary(UUID ownerId, UUID personId) {
		return Optional.ofNullable(summaries(ownerId, Set.of(personId)).get(personId));
	}

	/**
	 * Told by meetings when the latest meeting that happened with a person changes (null
	 * when none is left): resets the keep-in-touch clock.
	 */
	@Transactional
	public void updateLastContact(UUID ownerId, UUID personId, LocalDate lastMetOn) {
		CadenceSettings cadence = this.people.cadenceSettings(ownerId, personId)
			.orElseThrow(() -> PersonNotFound.withId(personId));
		this.people.updateLastContact(ownerId, personId, lastMetOn, cadence.dueAfter(lastMetOn));
	}

	/**
	 * Adds a person to the member's journal.
	 * @throws InvalidEntry naming the fields that break a rule; nothing is saved then
	 */
	@Transactional
	public PersonDetails create(UUID ownerId, PersonInput person) {
		UUID personId = this.editor.create(ownerId, person);
		this.events.publishEvent(PersonChanged.of(ownerId, personId));
		return details(ownerId, personId);
	}

	/** Who introduced the member to the person, if the member named someone. */
	@Transactional(readOnly = true)
	public Optional<PersonSummary> introducedBy(UUID ownerId, UUID personId) {
		return this.people.introducedBy(ownerId, personId);
	}

	/**
	 * The "introduced by" links of the member's journal that touch any of the people, at
	 * either end (what depth counts and the insights network draws).
	 */
	@Transactional(readOnly = true)
	public List<IntroductionLink> introductionLinks(UUID ownerId, Collection<UUID> personIds) {
		return this.people.introductionLinks(ownerId, Set.copyOf(personIds));
	}

	/**
	 * Names the person of the same journal who introduced the member to this person, or
	 * nobody (null).
	 * @throws PersonNotFound unless the person is in the member's journal
	 * @throws InvalidInput naming {@code introducedBy} for the person themselves or
	 * anyone not in the member's journal; nothing is linked then
	 */
	@Transactional
	public void setIntroducedBy(UUID ownerId, UUID personId, UUID introducerId) {
		requireOwned(ownerId, List.of(personId));
		if (introducerId != null) {
			if (introducerId.equals(personId)) {
				throw InvalidInput.of("introducedBy", "A person cannot have introduced themselves");
			}
			if (summary(ownerId, introducerId).isEmpty()) {
				throw InvalidInput.of("introducedBy", "introducedBy must be a person of your journal");
			}
		}
		// depth counts the link at both ends: the former introducer changes too
		Set<UUID> changed = new LinkedHashSet<>();
		changed.add(personId);
		this.people.introducedBy(ownerId, personId).ifPresent((former) -> changed.add(former.id()));
		if (introducerId != null) {
			changed.add(introducerId);
		}
		this.people.setIntroducedBy(ownerId, personId, introducerId);
		this.events.publishEvent(new PersonChanged(ownerId, changed));
	}

	/**
	 * Changes the fields named in {@code changes} and who introduced the person, in one
	 * transaction: a refused change leaves both as they were.
	 */
	@Transactional
	public PersonDetails update(UUID ownerId, UUID personId, PersonChanges changes, UUID introducerId) {
		setIntroducedBy(ownerId, personId, introducerId);
		return update(ownerId, personId, changes);
	}

	/**
	 * Adds many people at once, in batches (an imported address book), answering their
	 * ids in the same order.
	 * @throws InvalidEntry naming the fields of the first entry that breaks a rule;
	 * nothing is saved then
	 */
	@Transactional
	public List<UUID> createAll(UUID ownerId, List<PersonInput> people) {
		List<UUID> created = this.editor.createAll(ownerId, people);
		// every person has a depth from the moment they exist, imported ones too
		for (List<UUID> slice : Ids.slices(created, PersonChanged.MAX_PEOPLE)) {
			this.events.publishEvent(new PersonChanged(ownerId, Set.copyOf(slice)));
		}
		return created;
	}

	/** Every person of the member with all their details, by sort name (an export). */
	@Transactional(readOnly = true)
	public List<PersonDetails> allDetails(UUID ownerId) {
		return this.editor.all(ownerId);
	}

	/** Every listening note of the member, person by person, oldest first (an export). */
	@Transactional(readOnly = true)
	public List<ListeningNote> allNotes(UUID ownerId) {
		return this.notes.findAll(ownerId);
	}

	/**
	 * @throws PersonNotFound unless the person is in the member's journal
	 */
	@Transactional(readOnly = true)
	public PersonDetails details(UUID ownerId, UUID personId) {
		return this.editor.details(ownerId, personId).orElseThrow(() -> PersonNotFound.withId(personId));
	}

	/**
	 * Changes the fields named in {@code changes} and only those; a new cadence or circle
	 * moves the due date from the same last meeting.
	 * @throws PersonNotFound unless the person is in the member's journal
	 * @throws InvalidEntry naming the fields that break a rule; nothing is saved then
	 */
	@Transactional
	public PersonDetails update(UUID ownerId, UUID personId, PersonChanges changes) {
		this.editor.update(ownerId, personId, changes);
		this.events.publishEvent(PersonChanged.of(ownerId, personId));
		return details(ownerId, personId);
	}

	/**
	 * Replaces many people's fields at once with the entries given (an import filling in
	 * what the journal lacked), in batches: like {@link #update} with every field, for
	 * each of them. {@link PersonChanged} names only the people whose traits changed
	 * (when they first met, their circle), at most {@link PersonChanged#MAX_PEOPLE} per
	 * event: a merge that adds an email changes nothing the modules above derive.
	 * @throws PersonNotFound unless every person is in the member's journal
	 * @throws InvalidEntry naming the fields of the first entry that breaks a rule;
	 * nothing is saved then
	 */
	@Transactional
	public void updateAll(UUID ownerId, Map<UUID, PersonInput> people) {
		if (people.isEmpty()) {
			return;
		}
		for (List<UUID> changed : Ids.slices(this.editor.updateAll(ownerId, people), PersonChanged.MAX_PEOPLE)) {
			this.events.publishEvent(new PersonChanged(ownerId, Set.copyOf(changed)));
		}
	}

	/**
	 * Deletes the person with everything written about them; {@link PersonDeleted} is
	 * published first, in this transaction.
	 * @throws PersonNotFound unless the person is in the member's journal
	 */
	@Transactional
	public void delete(UUID ownerId, UUID personId) {
		this.editor.delete(ownerId, personId);
	}

	/** One page of the member's people, filtered and sorted as asked. */
	@Transactional(readOnly = true)
	public PageOf<PersonListItem> list(UUID ownerId, PeopleQuery query, PageRequest page) {
		return this.listing.list(ownerId, query, page);
	}

	/**
	 * The people due to reconnect today in the member's time zone, the most overdue
	 * first, at most {@code limit} (up to {@link #MAX_DUE}).
	 */
	@Transactional(readOnly = true)
	public List<PersonListItem> dueToReconnect(UUID ownerId, ZoneId zone, int limit) {
		int capped = Math.clamp(limit, 0, MAX_DUE);
		return (capped == 0) ? List.of() : this.listing.due(ownerId, LocalDate.now(this.clock.withZone(zone)), capped);
	}

	/**
	 * How many people are in each circle, innermost first, with a warning past its limit.
	 */
	@Transactional(readOnly = true)
	public List<CircleCount> circleCounts(UUID ownerId) {
		Map<Circle, Long> counts = this.listing.circleCounts(ownerId);
		return Arrays.stream(Circle.values())
			.map((circle) -> CircleCount.of(circle, counts.getOrDefault(circle, 0L)))
			.toList();
	}

	/** Every tag the member uses, alphabetically. */
	@Transactional(readOnly = true)
	public List<String> tags(UUID ownerId) {
		return this.listing.tags(ownerId);
	}

	/**
	 * Adds a listening note, dated today in the member's time zone unless it says when.
	 * @throws PersonNotFound unless the person is in the member's journal
	 * @throws InvalidEntry naming the fields that break a rule; nothing is saved then
	 */
	@Transactional
	public ListeningNote addNote(UUID ownerId, UUID personId, NewNote note, ZoneId zone) {
		ListeningNote added = this.noteEditor.add(ownerId, personId, note, zone);
		this.events.publishEvent(PersonChanged.of(ownerId, personId));
		return added;
	}

	/**
	 * @throws NoteNotFound unless the note is about that person in the member's journal
	 */
	@Transactional
	public void deleteNote(UUID ownerId, UUID personId, UUID noteId) {
		this.noteEditor.delete(ownerId, personId, noteId);
		this.events.publishEvent(PersonChanged.of(ownerId, personId));
	}

	// for modules that weigh relationships (depth) ------------------------------------

	/** First-met day, circle and note kinds of each of the member's people named. */
	@Transactional(readOnly = true)
	public Map<UUID, PersonTraits> traits(UUID ownerId, Collection<UUID> personIds) {
		return this.facts.traits(ownerId, Set.copyOf(personIds));
	}

	/** The ids of all the member's people. */
	@Transactional(readOnly = true)
	public List<UUID> personIds(UUID ownerId) {
		return this.facts.personIds(ownerId);
	}

	/** Every member with at least one person: whom a nightly job has work for. */
	@Transactional(readOnly = true)
	public List<UUID> journalOwners() {
		return this.facts.owners();
	}

	/**
	 * Keeps the depth scores the people list sorts by (0-100, one decimal; null clears
	 * one). Written by the depth module, which owns how they are computed.
	 */
	@Transactional
	public void recordDepths(UUID ownerId, Map<UUID, Double> scores) {
		this.facts.recordDepths(ownerId, scores);
	}

}

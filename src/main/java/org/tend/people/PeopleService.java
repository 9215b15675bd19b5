package org.tend.people;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The people module's facade. Every method takes the owner's id: a person is only ever
 * found in the journal of the member who wrote it.
 */
@Service
public class PeopleService {

	private final PersonRepository people;

	private final NoteRepository notes;

	PeopleService(PersonRepository people, NoteRepository notes) {
		this.people = people;
		this.notes = notes;
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

}

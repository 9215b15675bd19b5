package org.tend.people.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.tend.people.InvalidEntry;
import org.tend.people.ListeningNote;
import org.tend.people.NewNote;
import org.tend.people.NoteNotFound;
import org.tend.people.PersonNotFound;
import org.tend.search.SearchIndex;
import org.tend.search.SearchSource;
import org.tend.shared.DateRules;
import org.tend.shared.Ids;
import org.tend.shared.web.InvalidInput;

/** Adds and removes listening notes, with their search entries. */
@Component
public class NoteEditor {

	private final PersonRepository people;

	private final NoteRepository notes;

	private final EntryValidator validator;

	private final SearchIndex searchIndex;

	private final Clock clock;

	private final DateRules dates;

	NoteEditor(PersonRepository people, NoteRepository notes, EntryValidator validator, SearchIndex searchIndex,
			Clock clock, DateRules dates) {
		this.dates = dates;
		this.people = people;
		this.notes = notes;
		this.validator = validator;
		this.searchIndex = searchIndex;
		this.clock = clock;
	}

	public ListeningNote add(UUID ownerId, UUID personId, NewNote input, ZoneId zone) {
		if (this.people.find(ownerId, personId).isEmpty()) {
			throw PersonNotFound.withId(personId);
		}
		NewNote checked = this.validator.check(input);
		try {
			// what we heard was heard already: not in the future, nor 80 years back
			this.dates.requirePast("notedOn", checked.notedOn(), zone);
		}
		catch (InvalidInput ex) {
			throw InvalidEntry.of(ex.field(), ex.getMessage());
		}
		LocalDate notedOn = (checked.notedOn() != null) ? checked.notedOn() : LocalDate.now(this.clock.withZone(zone));
		ListeningNote note = new ListeningNote(Ids.newId(), personId, checked.kind(), checked.text(), notedOn,
				this.clock.instant().truncatedTo(ChronoUnit.MILLIS));
		this.notes.insert(ownerId, note);
		this.searchIndex.index(ownerId, SearchSource.NOTE, note.id(), List.of(personId), note.text());
		return note;
	}

	public void delete(UUID ownerId, UUID personId, UUID noteId) {
		if (!this.notes.delete(ownerId, personId, noteId)) {
			throw NoteNotFound.withId(noteId);
		}
		this.searchIndex.remove(ownerId, SearchSource.NOTE, noteId);
	}

}

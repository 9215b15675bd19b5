package org.tend.people.web;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.tend.people.NewNote;
import org.tend.people.NoteKind;

/**
 * The inline "add a listening note" form; the limits are those of {@link NewNote}, and no
 * date means today.
 */
record NoteForm(NoteKind kind, String text, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate notedOn) {

	static NoteForm empty() {
		return new NoteForm(NoteKind.PROJECT, "", null);
	}

	NewNote toNote() {
		return new NewNote(this.kind, this.text, this.notedOn);
	}

}

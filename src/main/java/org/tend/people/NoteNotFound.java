package org.tend.people;

import java.util.UUID;

import org.tend.shared.NotFound;

/** No such listening note about this person in this member's journal. */
public class NoteNotFound extends NotFound {

	private NoteNotFound(UUID noteId) {
		super("No listening note " + noteId);
	}

	public static NoteNotFound withId(UUID noteId) {
		return new NoteNotFound(noteId);
	}

}

package org.tend.people;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/**
 * What the journal knows about a relationship, for modules that weigh it (depth): when
 * they first met and which kinds of listening notes exist.
 */
public record PersonTraits(UUID personId, LocalDate metOn, Circle circle, Set<NoteKind> noteKinds) {

	public PersonTraits {
		noteKinds = Set.copyOf(noteKinds);
	}

}

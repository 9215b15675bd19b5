package org.tend.people;

import java.util.Set;
import java.util.UUID;

/**
 * Published in the writing transaction when people or their listening notes change (one
 * person, or many at once in an import), so modules above people (depth) can refresh what
 * they derive from them.
 */
public record PersonChanged(UUID ownerId, Set<UUID> personIds) {

	/**
	 * The most people one event names: the event publication registry stores each event,
	 * in at most 8,000 characters (a hundred ids take about 4,000).
	 */
	public static final int MAX_PEOPLE = 100;

	public PersonChanged {
		// null for a publication stored before the event named several people: the daily
		// recompute covers it
		personIds = (personIds != null) ? Set.copyOf(personIds) : Set.of();
	}

	public static PersonChanged of(UUID ownerId, UUID personId) {
		return new PersonChanged(ownerId, Set.of(personId));
	}

}

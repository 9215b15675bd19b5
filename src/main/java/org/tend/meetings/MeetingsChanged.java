package org.tend.meetings;

import java.util.Set;
import java.util.UUID;

/**
 * Published in the writing transaction when meetings with these people were created,
 * changed, reflected on or deleted, so modules above meetings (depth) can refresh what
 * they derive from them.
 */
public record MeetingsChanged(UUID ownerId, Set<UUID> personIds) {

	public MeetingsChanged {
		personIds = Set.copyOf(personIds);
	}

}

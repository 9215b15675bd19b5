package org.tend.ledger;

import java.util.Set;
import java.util.UUID;

/**
 * Published in the writing transaction when exchanges or promises with these people were
 * recorded, changed or deleted, so modules above the ledger (depth) can refresh what they
 * derive from them.
 */
public record LedgerChanged(UUID ownerId, Set<UUID> personIds) {

	public LedgerChanged {
		personIds = Set.copyOf(personIds);
	}

	static LedgerChanged of(UUID ownerId, UUID... personIds) {
		// the same person may be named twice (a promise that stays with them)
		return new LedgerChanged(ownerId, new java.util.HashSet<>(java.util.Arrays.asList(personIds)));
	}

}

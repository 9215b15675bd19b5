package org.tend.ledger;

import java.util.UUID;

import org.tend.shared.NotFound;

/**
 * No such promise in this member's ledger (it may be in another member's: same answer).
 */
public class PromiseNotFound extends NotFound {

	private PromiseNotFound(UUID id) {
		super("No promise " + id);
	}

	public static PromiseNotFound withId(UUID id) {
		return new PromiseNotFound(id);
	}

}

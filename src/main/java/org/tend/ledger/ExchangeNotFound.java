package org.tend.ledger;

import java.util.UUID;

import org.tend.shared.NotFound;

/**
 * No such exchange in this member's ledger (it may be in another member's: same answer).
 */
public class ExchangeNotFound extends NotFound {

	private ExchangeNotFound(UUID id) {
		super("No exchange " + id);
	}

	public static ExchangeNotFound withId(UUID id) {
		return new ExchangeNotFound(id);
	}

}

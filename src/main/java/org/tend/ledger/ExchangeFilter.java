package org.tend.ledger;

import java.time.LocalDate;
import java.util.UUID;

/** Which exchanges to list; a null field does not filter. from and to are inclusive. */
public record ExchangeFilter(UUID personId, Direction direction, ExchangeKind kind, LocalDate from, LocalDate to) {

	public static ExchangeFilter all() {
		return new ExchangeFilter(null, null, null, null, null);
	}

}

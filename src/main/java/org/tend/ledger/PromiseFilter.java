package org.tend.ledger;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Which promises to list; a null field does not filter. dueBefore keeps promises due
 * strictly before that day.
 */
public record PromiseFilter(PromiseStatus status, UUID personId, PromiseOwner owner, LocalDate dueBefore) {

	public static PromiseFilter all() {
		return new PromiseFilter(null, null, null, null);
	}

}

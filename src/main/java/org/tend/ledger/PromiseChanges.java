package org.tend.ledger;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import jakarta.validation.constraints.Size;

/**
 * A partial change of a promise: a null field stays as it is. {@code due} is an Optional
 * so that "leave the due date" (null) differs from "clear it" (empty). The text holds at
 * most 1000 characters.
 */
public record PromiseChanges(UUID personId, PromiseOwner owner, @Size(max = NewPromise.MAX_TEXT) String text,
		Optional<LocalDate> due, PromiseStatus status) {

	/** Only moves the promise to another status (kept, dropped, open again). */
	public static PromiseChanges status(PromiseStatus status) {
		return new PromiseChanges(null, null, null, null, status);
	}

}

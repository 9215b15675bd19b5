package org.tend.ledger.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Size;

import org.tend.ledger.NewPromise;
import org.tend.ledger.PromiseChanges;
import org.tend.ledger.PromiseOwner;
import org.tend.ledger.PromiseStatus;
import org.tend.shared.web.InvalidInput;

import tools.jackson.databind.JsonNode;

/**
 * The JSON body of a promise PATCH: absent fields stay as they are. {@code due} is read
 * as a raw node because only a node tells an absent due date (leave it) from
 * {@code "due": null} (clear it).
 */
record PromisePatch(UUID personId, PromiseOwner owner, @Size(max = NewPromise.MAX_TEXT) String text,
		@Schema(type = "string", format = "date", nullable = true) JsonNode due, PromiseStatus status) {

	PromiseChanges toChanges() {
		return new PromiseChanges(this.personId, this.owner, this.text, dueChange(), this.status);
	}

	private Optional<LocalDate> dueChange() {
		if (this.due == null) {
			return null;
		}
		if (this.due.isNull()) {
			return Optional.empty();
		}
		try {
			if (this.due.isString()) {
				return Optional.of(LocalDate.parse(this.due.asString()));
			}
		}
		catch (DateTimeParseException ex) {
			// answered below, like any other value that is not a date
		}
		throw InvalidInput.of("due", "must be a date like 2026-03-20, or null");
	}

}

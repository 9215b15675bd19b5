package org.tend.ledger.web;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;
import org.tend.ledger.NewPromise;
import org.tend.ledger.PromiseOwner;

/**
 * The inline "add a promise" form of the person page; the text holds at most 1000
 * characters, the due date is optional.
 */
public record PromiseForm(@NotNull(message = "{ledger.promise.owner.required}") PromiseOwner owner,
		@NotBlank(message = "{ledger.promise.text.required}") @Size(max = NewPromise.MAX_TEXT,
				message = "{ledger.promise.text.size}") String text,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate due) {

	static PromiseForm empty() {
		return new PromiseForm(PromiseOwner.ME, "", null);
	}

	NewPromise toNewPromise(UUID personId) {
		return new NewPromise(personId, this.owner, this.text, this.due, null, null);
	}

}

package org.tend.ledger.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;
import org.tend.ledger.Direction;
import org.tend.ledger.ExchangeKind;
import org.tend.ledger.NewExchange;

/**
 * The inline "add an exchange" form of the person page; the description holds at most
 * 2000 characters, an empty date means today.
 */
public record ExchangeForm(@NotNull(message = "{ledger.exchange.direction.required}") Direction direction,
		@NotNull(message = "{ledger.exchange.kind.required}") ExchangeKind kind,
		@NotBlank(message = "{ledger.exchange.description.required}") @Size(max = NewExchange.MAX_DESCRIPTION,
				message = "{ledger.exchange.description.size}") String description,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on) {

	static ExchangeForm empty(LocalDate today) {
		return new ExchangeForm(Direction.GIVEN, ExchangeKind.ADVICE, "", today);
	}

	NewExchange toNewExchange(java.util.UUID personId) {
		return new NewExchange(personId, this.direction, this.kind, this.description, this.on, null);
	}

}

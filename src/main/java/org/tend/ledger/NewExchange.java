package org.tend.ledger;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Records help given or received. {@code on} defaults to today in the member's time zone;
 * the description holds at most 2000 characters; meetingId is optional.
 */
public record NewExchange(@NotNull UUID personId, @NotNull Direction direction, @NotNull ExchangeKind kind,
		@NotBlank @Size(max = NewExchange.MAX_DESCRIPTION) String description, LocalDate on, UUID meetingId) {

	public static final int MAX_DESCRIPTION = 2000;

}

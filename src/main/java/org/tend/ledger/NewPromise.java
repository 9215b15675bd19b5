package org.tend.ledger;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Makes a promise with a person. The text holds at most 1000 characters; due, status
 * (default open) and meetingId are optional.
 */
public record NewPromise(@NotNull UUID personId, @NotNull PromiseOwner owner,
		@NotBlank @Size(max = NewPromise.MAX_TEXT) String text, LocalDate due, PromiseStatus status, UUID meetingId) {

	public static final int MAX_TEXT = 1000;

}

package org.tend.ledger;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Help that changed hands with a person on a day, perhaps during a meeting (meetingId may
 * be null).
 */
public record Exchange(UUID id, UUID personId, Direction direction, ExchangeKind kind, String description, LocalDate on,
		UUID meetingId, Instant createdAt) {
}

package org.tend.ledger;

import java.util.UUID;

/** How many exchanges of one kind went one way with one person. */
public record ExchangeCount(UUID personId, Direction direction, ExchangeKind kind, long count) {
}

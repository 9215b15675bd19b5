package org.tend.people;

import java.util.UUID;

/**
 * Published in the writing transaction when a person or their listening notes change, so
 * modules above people (depth) can refresh what they derive from them.
 */
public record PersonChanged(UUID ownerId, UUID personId) {
}

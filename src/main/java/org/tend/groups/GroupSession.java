package org.tend.groups;

import java.time.Instant;
import java.util.UUID;

/** One session of a group's season. */
public record GroupSession(UUID id, int number, Instant startsAt) {
}

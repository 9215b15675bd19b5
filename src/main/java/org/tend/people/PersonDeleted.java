package org.tend.people;

import java.util.UUID;

/**
 * Published in the deleting transaction, before the person's row goes, so that modules
 * above people can tidy what only made sense with that person (a meeting with nobody
 * else, say). Listen with a plain {@code @EventListener}: it must run in the same
 * transaction.
 */
public record PersonDeleted(UUID ownerId, UUID personId) {
}

package org.tend.accounts;

import java.util.Set;
import java.util.UUID;

/**
 * Published in the deleting transaction, before the accounts' rows go and their journals
 * with them (the foreign keys cascade), for what the cascade does not reach: the search
 * index keeps its words without a key per row. Listen with a plain
 * {@code @EventListener}: it must run in the same transaction.
 */
public record AccountsDeleting(Set<UUID> accountIds) {

	public AccountsDeleting {
		accountIds = Set.copyOf(accountIds);
	}

}

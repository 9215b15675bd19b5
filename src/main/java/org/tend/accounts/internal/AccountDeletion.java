package org.tend.accounts.internal;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tend.accounts.AccountsDeleting;

/**
 * Deletes accounts with everything of theirs, in one transaction: their journals go by
 * the foreign keys' cascade; what has no key to follow goes here first. That is their
 * browser sessions (keyed by address, and a stale one would point at a deleted account),
 * whatever listens to {@link AccountsDeleting} (the search words), and events still
 * waiting for a listener that name them (they would only fail on a journal that is gone).
 */
@Component
public class AccountDeletion {

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	AccountDeletion(JdbcClient jdbc, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.events = events;
	}

	/** Deletes these accounts; answers how many there were. */
	@Transactional
	public int delete(Collection<UUID> accountIds) {
		if (accountIds.isEmpty()) {
			return 0;
		}
		List<UUID> ids = List.copyOf(accountIds);
		this.jdbc
			.sql("delete from spring_session where principal_name in (select email from account where id in (:ids))")
			.param("ids", ids)
			.update();
		this.events.publishEvent(new AccountsDeleting(Set.copyOf(ids)));
		for (UUID id : ids) {
			this.jdbc.sql("delete from event_publication where completion_date is null and serialized_event like :id")
				.param("id", "%" + id + "%")
				.update();
		}
		return this.jdbc.sql("delete from account where id in (:ids)").param("ids", ids).update();
	}

}

package org.tend.search.internal;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.tend.accounts.AccountsDeleting;

/**
 * Runs inside the transaction deleting accounts: their search documents go with them by
 * the cascade, but their words have no foreign key to follow, so they are deleted here
 * before a deleted member's words could outlive them.
 */
@Component
public class AccountsDeletingListener {

	private final SearchRepository repository;

	AccountsDeletingListener(SearchRepository repository) {
		this.repository = repository;
	}

	@EventListener
	void on(AccountsDeleting event) {
		this.repository.deleteOwners(event.accountIds());
	}

}

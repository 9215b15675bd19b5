package org.tend.mail.internal;

import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.tend.accounts.Account;
import org.tend.accounts.AccountsService;

/**
 * Visits every real member (sample-data accounts get no mail), a page at a time, each in
 * a transaction of its own: one member's trouble neither stops nor rolls back the others.
 */
@Component
class MemberWalk {

	private static final Logger log = LoggerFactory.getLogger(MemberWalk.class);

	private static final int PAGE = 200;

	private final AccountsService accounts;

	private final TransactionTemplate transaction;

	MemberWalk(AccountsService accounts, PlatformTransactionManager transactions) {
		this.accounts = accounts;
		this.transaction = new TransactionTemplate(transactions);
	}

	/** Calls the visit for every member; answers how many visits answered true. */
	int visit(String job, Predicate<Account> visit) {
		int done = 0;
		UUID after = null;
		List<Account> page;
		do {
			page = this.accounts.members(after, PAGE);
			for (Account member : page) {
				try {
					if (Boolean.TRUE.equals(this.transaction.execute((status) -> visit.test(member)))) {
						done++;
					}
				}
				catch (RuntimeException ex) {
					log.warn("{}: member {} skipped this time", job, member.id(), ex);
				}
				after = member.id();
			}
		}
		while (page.size() == PAGE);
		return done;
	}

}

package org.tend.accounts.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sample-data accounts are for a first look, not for keeping: they are deleted with
 * everything in them ({@link AccountDeletion}) a few days after they were made. The
 * delete is idempotent; the lock only spares the other instances the work.
 */
@Component
class DemoAccountsCleanup {

	static final Duration KEEP_FOR = Duration.ofDays(3);

	private static final Logger log = LoggerFactory.getLogger(DemoAccountsCleanup.class);

	private final JdbcClient jdbc;

	private final Clock clock;

	private final AccountDeletion deletion;

	DemoAccountsCleanup(JdbcClient jdbc, Clock clock, AccountDeletion deletion) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.deletion = deletion;
	}

	@Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
	@SchedulerLock(name = "demo-accounts-cleanup", lockAtMostFor = "PT10M",
			lockAtLeastFor = "${tend.jobs.lock-at-least-for:PT20S}")
	@Transactional
	public void deleteExpiredDemoAccounts() {
		// void: ShedLock cannot skip a run of a method that must return a primitive
		deleteExpired();
	}

	int deleteExpired() {
		Timestamp cutoff = Timestamp.from(this.clock.instant().minus(KEEP_FOR));
		List<UUID> expired = this.jdbc.sql("select id from account where demo = true and created_at < :cutoff")
			.param("cutoff", cutoff)
			.query(UUID.class)
			.list();
		int deleted = this.deletion.delete(expired);
		if (deleted > 0) {
			log.info("Deleted {} expired sample-data accounts", deleted);
		}
		return deleted;
	}

}

package org.tend.accounts;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sample-data accounts are for a first look, not for keeping: they are deleted with
 * everything in them (the foreign keys cascade) a few days after they were made. The
 * delete is idempotent; the lock only spares the other instances the work.
 */
@Component
class DemoAccountsCleanup {

	static final Duration KEEP_FOR = Duration.ofDays(3);

	private static final Logger log = LoggerFactory.getLogger(DemoAccountsCleanup.class);

	private final JdbcClient jdbc;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	DemoAccountsCleanup(JdbcClient jdbc, Clock clock, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.events = events;
	}

	@Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
	@SchedulerLock(name = "demo-accounts-cleanup", lockAtMostFor = "PT10M")
	@Transactional
	public void deleteExpiredDemoAccounts() {
		// void: ShedLock cannot skip a run of a method that must return a primitive
		deleteExpired();
	}

	int deleteExpired() {
		Timestamp cutoff = Timestamp.from(this.clock.instant().minus(KEEP_FOR));
		// their browser sessions go first, or a stale session would point at a deleted
		// account
		this.jdbc.sql("""
				delete from spring_session where principal_name in
				  (select email from account where demo = true and created_at < :cutoff)""")
			.param("cutoff", cutoff)
			.update();
		List<UUID> expired = this.jdbc.sql("select id from account where demo = true and created_at < :cutoff")
			.param("cutoff", cutoff)
			.query(UUID.class)
			.list();
		if (expired.isEmpty()) {
			return 0;
		}
		this.events.publishEvent(new AccountsDeleting(Set.copyOf(expired)));
		int deleted = this.jdbc.sql("delete from account where id in (:ids)").param("ids", expired).update();
		if (deleted > 0) {
			log.info("Deleted {} expired sample-data accounts", deleted);
		}
		return deleted;
	}

}

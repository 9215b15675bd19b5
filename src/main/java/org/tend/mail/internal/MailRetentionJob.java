package org.tend.mail.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.function.IntUnaryOperator;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.tend.mail.MailJobProperties;

/**
 * Forgets mail once it has done its work. A finished outbox row (sent, given up, or
 * expired unsent) holds the member's address and the whole mail, and every mail adds an
 * unsubscribe link: kept for ever, both would grow without end. Queued rows (pending, or
 * being sent) are never deleted. A finished row is kept longer than its dedupe key can be
 * queued again (see {@link MailJobProperties#SHORTEST_KEEP_FINISHED}), so deleting it
 * never lets the same mail go out twice.
 */
@Component
public class MailRetentionJob {

	// a batch per statement and transaction: the first run on a busy instance may find
	// months of rows, and one huge delete would hold its locks and undo log all along
	static final int BATCH = 1000;

	private static final Logger log = LoggerFactory.getLogger(MailRetentionJob.class);

	private final OutboxRepository outbox;

	private final UnsubscribeTokens tokens;

	private final MailJobProperties properties;

	private final Clock clock;

	MailRetentionJob(OutboxRepository outbox, UnsubscribeTokens tokens, MailJobProperties properties, Clock clock) {
		this.outbox = outbox;
		this.tokens = tokens;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Ten minutes after each start, then a day after each run ends, rather than at a
	 * fixed hour: an instance that is never up at night (a laptop) still forgets.
	 */
	@Scheduled(fixedDelayString = "${tend.mail.retention-every:P1D}", initialDelayString = "PT10M")
	@SchedulerLock(name = "mail-retention", lockAtMostFor = "PT1H",
			lockAtLeastFor = "${tend.jobs.lock-at-least-for:PT20S}")
	public void deleteExpired() {
		Instant now = this.clock.instant();
		Instant mailCutoff = now.minus(this.properties.keepFinished());
		Instant linkCutoff = now.minus(this.properties.keepUnsubscribeLinks());
		int mails = inBatches((limit) -> this.outbox.deleteFinishedBefore(mailCutoff, limit));
		int links = inBatches((limit) -> this.tokens.deleteIssuedBefore(linkCutoff, limit));
		if (mails + links > 0) {
			log.info("Mail retention: deleted {} finished mails and {} unsubscribe links", mails, links);
		}
	}

	private static int inBatches(IntUnaryOperator deleteUpTo) {
		int total = 0;
		int deleted;
		do {
			deleted = deleteUpTo.applyAsInt(BATCH);
			total += deleted;
		}
		while (deleted == BATCH);
		return total;
	}

}

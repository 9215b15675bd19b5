package org.tend.mail;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tend.mail.internal.OutboxRepository;
import org.tend.mail.internal.OutboxWakeup;
import org.tend.shared.Ids;

/**
 * The mail module's facade for sending: a mail is written to the outbox in the caller's
 * transaction (so it is sent only if what decided to send it is committed) and delivered
 * by {@link OutboxSender}, woken when that transaction commits.
 */
@Service
public class MailOutbox {

	private final OutboxRepository outbox;

	private final OutboxWakeup wakeup;

	private final Clock clock;

	MailOutbox(OutboxRepository outbox, OutboxWakeup wakeup, Clock clock) {
		this.outbox = outbox;
		this.wakeup = wakeup;
		this.clock = clock;
	}

	/**
	 * Queues the mail unless one with the same dedupe key was queued before (whatever
	 * became of it); true when this call queued it. A finished mail is forgotten after
	 * {@code tend.mail.keep-finished} (at least 21 days), so a key must name something
	 * that is over within 17 days of its first mail (a week, a due date): see
	 * {@link MailJobProperties#SHORTEST_KEEP_FINISHED}. A mail still queued at its
	 * {@link OutgoingMail#sendBefore()} is not sent any more, but its key stays taken.
	 */
	@Transactional
	public boolean enqueue(OutgoingMail mail) {
		boolean queued = this.outbox.insertIfAbsent(Ids.newId(), mail,
				this.clock.instant().truncatedTo(ChronoUnit.MICROS));
		if (queued) {
			this.wakeup.afterCommit();
		}
		return queued;
	}

	/**
	 * Queues many mails at once, as {@link #enqueue} would one by one (each unless its
	 * key was queued before); answers how many this call queued.
	 */
	@Transactional
	public int enqueueAll(List<OutgoingMail> mails) {
		int queued = this.outbox.insertAllIfAbsent(mails, this.clock.instant().truncatedTo(ChronoUnit.MICROS));
		if (queued > 0) {
			this.wakeup.afterCommit();
		}
		return queued;
	}

	/** Whether a mail with this dedupe key was queued (and not yet forgotten). */
	@Transactional(readOnly = true)
	public boolean queued(String dedupeKey) {
		return this.outbox.exists(dedupeKey);
	}

}

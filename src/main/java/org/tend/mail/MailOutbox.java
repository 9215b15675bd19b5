package org.tend.mail;

import java.time.Clock;
import java.time.temporal.ChronoUnit;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tend.mail.internal.OutboxRepository;
import org.tend.shared.Ids;

/**
 * The mail module's facade for sending: a mail is written to the outbox in the caller's
 * transaction (so it is sent only if what decided to send it is committed) and delivered
 * later by {@link OutboxSender}.
 */
@Service
public class MailOutbox {

	private final OutboxRepository outbox;

	private final Clock clock;

	MailOutbox(OutboxRepository outbox, Clock clock) {
		this.outbox = outbox;
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
		return this.outbox.insertIfAbsent(Ids.newId(), mail, this.clock.instant().truncatedTo(ChronoUnit.MICROS));
	}

	/** Whether a mail with this dedupe key was queued (and not yet forgotten). */
	@Transactional(readOnly = true)
	public boolean queued(String dedupeKey) {
		return this.outbox.exists(dedupeKey);
	}

}

package org.tend.mail.internal;

import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Starts the outbox sender as soon as a transaction that queued mail commits, instead of
 * leaving the mail to the sender's next scheduled run (up to {@code tend.mail.send-every}
 * later, 30 s): a published round's introductions leave at once. The wake-up does not go
 * through the job lock (decision 0032): an empty scheduled run holds that lock for
 * {@code tend.jobs.lock-at-least-for} (20 s) and would hold the wake-up back as long,
 * while each mail is sent once anyway, by whichever sender claims it. In this instance it
 * waits for a run in progress, which may have passed its last batch before the new mail
 * was committed. Wake-ups while one waits for its turn are one wake-up.
 * <p>
 * Off where background jobs are off ({@code tend.scheduling.enabled=false}, as in tests
 * that send mail themselves), or with {@code tend.mail.wake-after-commit=false}.
 */
@Component
public class OutboxWakeup {

	private static final Logger log = LoggerFactory.getLogger(OutboxWakeup.class);

	private static final Object IN_TRANSACTION = new Object();

	private final ObjectProvider<OutboxSender> sender;

	private final boolean enabled;

	private final AtomicBoolean waiting = new AtomicBoolean();

	OutboxWakeup(ObjectProvider<OutboxSender> sender,
			@Value("${tend.mail.wake-after-commit:${tend.scheduling.enabled:true}}") boolean enabled) {
		this.sender = sender;
		this.enabled = enabled;
	}

	/**
	 * Wakes the sender once the caller's transaction commits (at once outside one); a
	 * rolled-back transaction queued nothing and wakes nobody.
	 */
	public void afterCommit() {
		if (!this.enabled) {
			return;
		}
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			wake();
			return;
		}
		if (TransactionSynchronizationManager.hasResource(IN_TRANSACTION)) {
			return; // this transaction wakes the sender once, however many mails it
					// queues
		}
		TransactionSynchronizationManager.bindResource(IN_TRANSACTION, Boolean.TRUE);
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				wake();
			}

			@Override
			public void afterCompletion(int status) {
				TransactionSynchronizationManager.unbindResourceIfPossible(IN_TRANSACTION);
			}
		});
	}

	void wake() {
		if (this.waiting.compareAndSet(false, true)) {
			Thread.ofVirtual().name("mail-outbox-wakeup").start(this::run);
		}
	}

	private void run() {
		try {
			// once its turn has come, mail committed from then on needs a wake-up of its
			// own
			this.sender.getObject().sendNow(() -> this.waiting.set(false));
		}
		catch (RuntimeException ex) {
			this.waiting.set(false);
			// the scheduled run sends it later; nothing is lost
			log.warn("Mail outbox: a wake-up after a commit failed: {}", ex.getMessage());
		}
	}

}

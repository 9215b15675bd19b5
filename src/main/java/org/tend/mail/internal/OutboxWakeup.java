package org.tend.mail.internal;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Starts the outbox sender as soon as a transaction that queued mail commits, instead of
 * leaving the mail to the sender's next scheduled run (up to {@code tend.mail.send-every}
 * later, 30 s): a published round's introductions leave at once. The run goes through the
 * sender's job lock like a scheduled one, so it never runs beside another; while another
 * run (here or on another instance) holds the lock, the wake-up tries again every second
 * for a minute, since that run may have finished its last batch before the new mail was
 * committed. Wake-ups while one is on its way are one wake-up.
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

	private final Duration retryEvery;

	private final int tries;

	private final AtomicBoolean onItsWay = new AtomicBoolean();

	@Autowired
	OutboxWakeup(ObjectProvider<OutboxSender> sender,
			@Value("${tend.mail.wake-after-commit:${tend.scheduling.enabled:true}}") boolean enabled) {
		this(sender, enabled, Duration.ofSeconds(1), 60);
	}

	OutboxWakeup(ObjectProvider<OutboxSender> sender, boolean enabled, Duration retryEvery, int tries) {
		this.sender = sender;
		this.enabled = enabled;
		this.retryEvery = retryEvery;
		this.tries = tries;
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
		if (this.onItsWay.compareAndSet(false, true)) {
			Thread.ofVirtual().name("mail-outbox-wakeup").start(this::run);
		}
	}

	private void run() {
		OutboxSender sender = this.sender.getObject();
		try {
			for (int i = 0; i < this.tries; i++) {
				// mail committed from here on needs a wake-up of its own
				this.onItsWay.set(false);
				long before = sender.runs();
				sender.sendDue();
				if (sender.runs() != before || !this.onItsWay.compareAndSet(false, true)) {
					return; // it ran, or a newer wake-up carries on
				}
				Thread.sleep(this.retryEvery);
			}
			this.onItsWay.set(false);
		}
		catch (InterruptedException ex) {
			this.onItsWay.set(false);
			Thread.currentThread().interrupt();
		}
		catch (RuntimeException ex) {
			this.onItsWay.set(false);
			// the scheduled run sends it later; nothing is lost
			log.warn("Mail outbox: a wake-up after a commit failed: {}", ex.getMessage());
		}
	}

}

package org.tend.mail;

import org.springframework.context.ApplicationContext;
import org.tend.mail.internal.OutboxSender;

/**
 * Lets tests of other modules send what their code put in the outbox, as the scheduled
 * sender would (scheduling is off in tests).
 */
public final class OutboxForTests {

	private OutboxForTests() {
	}

	/** Sends every due mail once, through the sender's ShedLock proxy. */
	public static void sendDue(ApplicationContext context) {
		context.getBean(OutboxSender.class).sendDue();
	}

}

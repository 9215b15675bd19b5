package org.tend.mail;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A commit that queued mail wakes the sender, which sends at once: even right after an
 * empty scheduled run, whose job lock stays held for its minimum of 20 s.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "tend.mail.wake-after-commit=true", "tend.jobs.lock-at-least-for=PT20S" })
class OutboxWakeupTests extends MailJourneyTestCase {

	@Autowired
	MailOutbox mailOutbox;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void mailCommittedRightAfterAnEmptyScheduledRunIsSentAtOnce() throws Exception {
		this.sender.sendDue(); // through the job lock, which it now holds for 20 s
		long committed = System.nanoTime();
		this.transactions.executeWithoutResult((status) -> this.mailOutbox.enqueue(new OutgoingMail(null,
				"wakeup@example.org", "Woken up", "Hello 🌱", null, Map.of(), "test:wakeup", null)));

		assertThat(smtp.waitForIncomingEmail(5_000, 1)).as("sent within 5 s of the commit").isTrue();
		assertThat(Duration.ofNanos(System.nanoTime() - committed)).isLessThan(Duration.ofSeconds(5));
		assertThat(smtp.getReceivedMessages()).singleElement()
			.satisfies((mail) -> assertThat(mail.getSubject()).isEqualTo("Woken up"));
		// and once: another run finds nothing left to send
		this.sender.sendNow(() -> {
		});
		assertThat(smtp.getReceivedMessages()).hasSize(1);
	}

}

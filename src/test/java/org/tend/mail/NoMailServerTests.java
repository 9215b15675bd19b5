package org.tend.mail;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mail.javamail.JavaMailSender;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Without {@code spring.mail.host} the application starts (this context has none) and
 * mail waits in the outbox, untouched, until an SMTP server is configured.
 */
@SpringBootTest
@AutoConfigureMockMvc
class NoMailServerTests {

	@Autowired
	MailOutbox mailOutbox;

	@Autowired
	OutboxSender sender;

	@Autowired
	OutboxRepository outbox;

	@Autowired
	org.springframework.context.ApplicationContext context;

	@Test
	void mailStaysQueuedWithoutAnSmtpServer() {
		assertThat(this.context.getBeanNamesForType(JavaMailSender.class)).isEmpty();
		assertThat(this.mailOutbox.enqueue(new OutgoingMail(null, "zoe@example.org", "Hello", "Hello 🌱", null,
				Map.of(), "test:queued-without-smtp")))
			.isTrue();

		this.sender.sendDue();

		assertThat(this.outbox.due(java.time.Instant.now().plusSeconds(60), 1000)).isNotEmpty();
		assertThat(this.mailOutbox.enqueue(new OutgoingMail(null, "zoe@example.org", "Hello again", "Hello 🌱", null,
				Map.of(), "test:queued-without-smtp")))
			.isFalse();
	}

}

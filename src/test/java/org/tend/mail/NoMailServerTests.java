package org.tend.mail;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.tend.mail.internal.OutboxRepository;
import org.tend.mail.internal.OutboxSender;

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

	@Autowired
	Clock clock;

	@Autowired
	JdbcClient jdbc;

	@Test
	void mailStaysQueuedWithoutAnSmtpServer() {
		assertThat(this.context.getBeanNamesForType(JavaMailSender.class)).isEmpty();
		assertThat(this.mailOutbox.enqueue(new OutgoingMail(null, "zoe@example.org", "Hello", "Hello 🌱", null,
				Map.of(), "test:queued-without-smtp", null)))
			.isTrue();

		this.sender.sendDue();

		assertThat(this.outbox.due(java.time.Instant.now().plusSeconds(60), 1000)).isNotEmpty();
		assertThat(this.mailOutbox.enqueue(new OutgoingMail(null, "zoe@example.org", "Hello again", "Hello 🌱", null,
				Map.of(), "test:queued-without-smtp", null)))
			.isFalse();
	}

	@Test
	void staleMailExpiresWithoutAnSmtpServerToo() {
		// last week's nudge, say: its limit has passed while no server was configured
		Instant limit = this.clock.instant().minusSeconds(1);
		this.mailOutbox.enqueue(new OutgoingMail(null, "zoe@example.org", "Last week", "Hello 🌱", null, Map.of(),
				"test:stale-without-smtp", limit));

		this.sender.sendDue();

		assertThat(this.jdbc.sql("select status from mail_outbox where dedupe_key = 'test:stale-without-smtp'")
			.query(String.class)
			.single()).isEqualTo("expired");
	}

}

package org.tend.mail.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.tend.mail.MailJobProperties;
import org.tend.mail.SecretLink;
import org.tend.mail.SecretLinkIssuer;

/**
 * Delivers the outbox, a batch at a time. A batch's rows are claimed (and committed as
 * "sending", with a lease) before they are handed to the SMTP server over one connection,
 * and marked sent right after the batch: only a crash between the two sends mail twice
 * (those of the batch the server had taken), when the lease ends and the rows are claimed
 * again. A Message-ID stays the same, so mail clients can recognise the copy. Without
 * {@code spring.mail.host} there is no {@link JavaMailSender} and mail stays queued.
 * <p>
 * A mail still waiting when its send-before moment passes (last week's nudge, a reminder
 * for a date gone by) is marked expired instead of being sent late: on every run, with or
 * without an SMTP server, so that stale mail does not wait for one and is forgotten by
 * the retention job like sent mail.
 * <p>
 * A row holds the placeholders of its secret links, never the secrets: each attempt asks
 * the links' issuers for fresh ones just before the mail goes to the SMTP server, and
 * they live only in the message handed to it (decision 0025).
 */
@Component
public class OutboxSender {

	private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);

	private final OutboxRepository outbox;

	private final ObjectProvider<JavaMailSender> mailSender;

	private final MailJobProperties properties;

	private final Clock clock;

	private final Duration drainFor;

	private final Map<String, SecretLinkIssuer> issuers;

	// one run at a time in this instance (the scheduled one or a wake-up)
	private final ReentrantLock turn = new ReentrantLock();

	OutboxSender(OutboxRepository outbox, ObjectProvider<JavaMailSender> mailSender, MailJobProperties properties,
			Clock clock, @Value("${tend.mail.drain-for:PT5M}") Duration drainFor, List<SecretLinkIssuer> issuers) {
		this.outbox = outbox;
		this.issuers = issuers.stream().collect(Collectors.toMap(SecretLinkIssuer::name, Function.identity()));
		this.mailSender = mailSender;
		this.properties = properties;
		this.clock = clock;
		this.drainFor = drainFor;
	}

	/**
	 * Sends what is due, on the schedule. Void: ShedLock cannot lock a method returning a
	 * primitive (it would have nothing to return when another instance holds the lock).
	 */
	@Scheduled(fixedDelayString = "${tend.mail.send-every:PT30S}", initialDelayString = "PT20S")
	@SchedulerLock(name = "mail-outbox", lockAtMostFor = "PT15M",
			lockAtLeastFor = "${tend.jobs.lock-at-least-for:PT20S}")
	public void sendDue() {
		sendNow(() -> {
		});
	}

	/**
	 * Sends what is due now, without the job lock: for a wake-up after a commit, which
	 * the lock's minimum hold after an empty scheduled run would delay by up to 20 s. The
	 * lock is not what sends each mail once (a sender sends only the rows its own claim
	 * took, whoever else sends at the same moment); it only spares instances needless
	 * runs. In this instance runs take turns; {@code started} is called once this one's
	 * turn has come, before it looks for due mail.
	 */
	public void sendNow(Runnable started) {
		this.turn.lock();
		try {
			started.run();
			send();
		}
		finally {
			this.turn.unlock();
		}
	}

	private void send() {
		int expired = this.outbox.expire(now());
		if (expired > 0) {
			// a count only: addresses and texts stay out of the log
			log.info("Mail outbox: {} mails expired unsent, past their send-before moment", expired);
		}
		JavaMailSender sender = this.mailSender.getIfAvailable();
		if (sender == null) {
			return;
		}
		// a full batch means more is waiting (a community round queues thousands at
		// once):
		// carry on until the outbox is drained or the run has taken drainFor
		Instant stopAt = now().plus(this.drainFor);
		List<UUID> due;
		do {
			due = this.outbox.due(now(), this.properties.batchSize());
			Instant now = now();
			sendAll(sender, this.outbox.claim(due, now, now.plus(this.properties.lease())));
		}
		while (due.size() == this.properties.batchSize() && now().isBefore(stopAt));
	}

	/**
	 * Hands the claimed rows to the SMTP server over one connection (one per mail cost
	 * more than the rest of sending), then marks those it took as sent in one statement
	 * and each one it refused as a failed attempt.
	 */
	private void sendAll(JavaMailSender sender, List<OutboxRow> rows) {
		if (rows.isEmpty()) {
			return;
		}
		Map<MimeMessage, OutboxRow> messages = new LinkedHashMap<>();
		List<OutboxRow> sending = new ArrayList<>(rows.size());
		for (OutboxRow row : rows) {
			try {
				messages.put(message(sender, row), row);
				sending.add(row);
			}
			catch (MessagingException | RuntimeException ex) {
				failed(row, ex);
			}
		}
		Map<OutboxRow, Exception> refused = new LinkedHashMap<>();
		try {
			sender.send(messages.keySet().toArray(MimeMessage[]::new));
		}
		catch (MailSendException ex) {
			// the messages the server did not take, each with its reason (all of them
			// when
			// the connection failed)
			ex.getFailedMessages().forEach((message, cause) -> {
				OutboxRow row = messages.get(message);
				if (row != null) {
					refused.put(row, cause);
				}
			});
			if (ex.getFailedMessages().isEmpty()) {
				sending.forEach((row) -> refused.put(row, ex));
			}
		}
		catch (RuntimeException ex) {
			sending.forEach((row) -> refused.put(row, ex));
		}
		this.outbox.markSent(sending.stream().filter((row) -> !refused.containsKey(row)).map(OutboxRow::id).toList(),
				now());
		refused.forEach(this::failed);
	}

	private void failed(OutboxRow row, Exception ex) {
		boolean giveUp = row.attempts() >= this.properties.maxAttempts();
		Instant next = now().plus(this.properties.retryAfter(row.attempts()));
		this.outbox.markAttemptFailed(row.id(), ex.getMessage(), next, giveUp);
		log.warn("Mail {} not sent (attempt {}{}): {}", row.id(), row.attempts(), giveUp ? ", giving up" : "",
				ex.getMessage());
	}

	private MimeMessage message(JavaMailSender sender, OutboxRow row) throws MessagingException {
		// the sender's own message, which carries its file type map: a plain MimeMessage
		// made MimeMessageHelper load the MIME types from the class path for every mail,
		// three quarters of the sending thread's time in a round (bench/RESULTS.md)
		MimeMessage message = sender.createMimeMessage();
		// the same id on every attempt, so a copy sent after a crash is recognisable
		// (JavaMailSender keeps an id set before sending)
		message.setHeader("Message-ID", "<" + row.id() + "@tend>");
		Map<String, String> secrets = secrets(row);
		MimeMessageHelper helper = new MimeMessageHelper(message, row.htmlBody() != null, "UTF-8");
		helper.setFrom(this.properties.from());
		helper.setTo(row.recipient());
		helper.setSubject(row.subject());
		if (row.htmlBody() != null) {
			helper.setText(render(row.textBody(), secrets), render(row.htmlBody(), secrets));
		}
		else {
			helper.setText(render(row.textBody(), secrets));
		}
		for (Map.Entry<String, String> header : row.headers().entrySet()) {
			message.setHeader(header.getKey(), render(header.getValue(), secrets));
		}
		return message;
	}

	/** A fresh secret for each of the row's links, by placeholder. */
	private Map<String, String> secrets(OutboxRow row) {
		Map<String, String> secrets = new LinkedHashMap<>();
		for (SecretLink link : row.secretLinks()) {
			SecretLinkIssuer issuer = this.issuers.get(link.issuer());
			if (issuer == null) {
				throw new IllegalStateException("no issuer for the links named " + link.issuer());
			}
			secrets.put(link.placeholder(), issuer.issue(link.subject(), now()));
		}
		return secrets;
	}

	private static String render(String text, Map<String, String> secrets) {
		String rendered = text;
		for (Map.Entry<String, String> secret : secrets.entrySet()) {
			rendered = rendered.replace(secret.getKey(), secret.getValue());
		}
		return rendered;
	}

	private Instant now() {
		return this.clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

}

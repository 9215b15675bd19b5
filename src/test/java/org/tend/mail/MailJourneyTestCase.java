package org.tend.mail;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.tend.accounts.AccountsService;
import org.tend.mail.internal.OutboxRepository;
import org.tend.mail.internal.OutboxSender;
import org.tend.mail.internal.PromiseReminderJob;
import org.tend.mail.internal.WeeklyNudgeJob;
import org.tend.support.JsonApi;
import org.tend.support.TravelClock;
import org.tend.support.TravelClock.Travel;

/**
 * A mail journey: the application with its mail going to a real SMTP server in process
 * (GreenMail), and a clock the tests move through the weeks. The jobs are called by the
 * tests (scheduling is off in tests), through their ShedLock proxies. A subclass may
 * redeclare {@code @SpringBootTest} with properties of its own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TravelClock.class)
abstract class MailJourneyTestCase {

	private static final int SMTP_PORT = freePort();

	@RegisterExtension
	static final GreenMailExtension smtp = new GreenMailExtension(
			new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
		.withPerMethodLifecycle(false);

	@DynamicPropertySource
	static void mailServer(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> SMTP_PORT);
		registry.add("spring.mail.properties.mail.smtp.connectiontimeout", () -> "2000");
		registry.add("spring.mail.properties.mail.smtp.timeout", () -> "2000");
	}

	@LocalServerPort
	int port;

	@Autowired
	Travel clock;

	@Autowired
	WeeklyNudgeJob nudges;

	@Autowired
	PromiseReminderJob reminders;

	@Autowired
	OutboxSender sender;

	@Autowired
	OutboxRepository outbox;

	@Autowired
	AccountsService accounts;

	/** Runs the jobs that queue and send mail once each, as the schedule would. */
	void runMailJobs() {
		this.nudges.enqueueDueNudges();
		this.reminders.enqueueReminders();
		this.sender.sendDue();
	}

	static List<MimeMessage> mailsTo(JsonApi.Member member) {
		return Arrays.stream(smtp.getReceivedMessages()).filter((message) -> {
			try {
				return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
					.anyMatch((address) -> address.toString().equals(member.email()));
			}
			catch (MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}).toList();
	}

	static String text(MimeMessage message) {
		try {
			return (String) message.getContent();
		}
		catch (IOException | MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The path of the one-click unsubscribe link the mail carries. */
	static String unsubscribePath(MimeMessage message) {
		try {
			String link = message.getHeader("List-Unsubscribe", null);
			return link.substring(link.indexOf("/mail/unsubscribe/"), link.length() - 1);
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}

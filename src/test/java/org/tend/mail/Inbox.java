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
import org.springframework.test.context.DynamicPropertyRegistry;
import org.tend.support.JsonApi;

/**
 * A real SMTP server in process (GreenMail) for the mail journeys, the settings that send
 * the application's mail to it, and what a member found in it. A test class registers
 * {@link #server(int)} as a static extension on a {@link #freePort()} and points the
 * application at that port from a {@code @DynamicPropertySource}.
 */
final class Inbox {

	private Inbox() {
	}

	static GreenMailExtension server(int port) {
		return new GreenMailExtension(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
			.withPerMethodLifecycle(false);
	}

	static void pointMailAt(int port, DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> port);
		registry.add("spring.mail.properties.mail.smtp.connectiontimeout", () -> "2000");
		registry.add("spring.mail.properties.mail.smtp.timeout", () -> "2000");
	}

	static List<MimeMessage> mailsTo(GreenMailExtension smtp, JsonApi.Member member) {
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

	static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}

package org.tend.support;

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

/**
 * A real SMTP server in the test's process (GreenMail) for tests that read the mail the
 * application sends: register {@link #server(int)} as a static extension and point
 * {@code spring.mail.*} at it with {@link #use}.
 */
public final class Smtp {

	private Smtp() {
	}

	/** A server on the port, kept for the whole test class. */
	public static GreenMailExtension server(int port) {
		return new GreenMailExtension(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
			.withPerMethodLifecycle(false);
	}

	/** Sends the application's mail to the server on the port. */
	public static void use(DynamicPropertyRegistry registry, int port) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> port);
	}

	/** The mails the server received for the address (its case does not matter). */
	public static List<MimeMessage> mailsTo(GreenMailExtension server, String address) {
		return Arrays.stream(server.getReceivedMessages()).filter((message) -> {
			try {
				return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
					.anyMatch((to) -> to.toString().equalsIgnoreCase(address));
			}
			catch (MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}).toList();
	}

	public static String text(MimeMessage message) {
		try {
			return (String) message.getContent();
		}
		catch (IOException | MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	public static String subject(MimeMessage message) {
		try {
			return message.getSubject();
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	public static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;

/**
 * A local SMTP server for the community benchmark (GreenMail, no JUnit): receives mail on
 * the given port and writes, every half second, one line about the mails whose subject
 * matches the pattern (all mail without one): how many arrived, to how many distinct
 * recipients, with how many distinct Message-IDs, how many recipients got more than one,
 * when the first and the last of them arrived (epoch ms, to the half second), and how many
 * other mails arrived (a next round's "skip?" notices, say). So the script counts a round's
 * introductions only, and sees each arrive once. Runs until killed.
 *
 *   java -cp <greenmail and jakarta.mail> bench/SmtpSink.java <port> <status-file> [subject-regex]
 *
 * status line: counted recipients message-ids recipients-with-more-than-one first-ms last-ms others
 */
public class SmtpSink {

	public static void main(String[] args) throws Exception {
		int port = Integer.parseInt(args[0]);
		Path status = Path.of(args[1]);
		Pattern counted = Pattern.compile((args.length > 2) ? args[2] : ".*");
		GreenMail smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		smtp.start();
		int before = 0;
		long first = 0;
		long last = 0;
		while (true) {
			// counted afresh every time: the received mails come mailbox by mailbox, not in
			// the order they arrived, so "the new ones since last time" cannot be told apart
			MimeMessage[] received = smtp.getReceivedMessages();
			long now = System.currentTimeMillis();
			Map<String, Integer> perRecipient = new HashMap<>();
			Set<String> ids = new HashSet<>();
			int matching = 0;
			for (MimeMessage message : received) {
				String subject = message.getSubject();
				if (subject != null && counted.matcher(subject).find()) {
					matching++;
					perRecipient.merge(message.getRecipients(Message.RecipientType.TO)[0].toString(), 1, Integer::sum);
					ids.add(message.getMessageID());
				}
			}
			if (matching > before) {
				first = (first == 0) ? now : first;
				last = now;
			}
			before = matching;
			long twice = perRecipient.values().stream().filter((n) -> n > 1).count();
			Files.writeString(status, "%d %d %d %d %d %d %d%n".formatted(matching, perRecipient.size(), ids.size(),
					twice, first, last, received.length - matching));
			Thread.sleep(500);
		}
	}

}

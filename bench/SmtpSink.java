import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;

/**
 * A local SMTP server for the community benchmark (GreenMail, no JUnit): receives mail on
 * the given port and writes, every second, how many mails arrived, to how many distinct
 * recipients and with how many distinct Message-IDs, so the script sees each mail arrive
 * once. Runs until killed.
 *
 *   java -cp <greenmail and jakarta.mail> bench/SmtpSink.java <port> <status-file>
 */
public class SmtpSink {

	public static void main(String[] args) throws Exception {
		int port = Integer.parseInt(args[0]);
		Path status = Path.of(args[1]);
		GreenMail smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		smtp.start();
		long started = System.nanoTime();
		Map<String, Integer> perRecipient = new HashMap<>();
		Set<String> ids = new HashSet<>();
		int seen = 0;
		while (true) {
			MimeMessage[] received = smtp.getReceivedMessages();
			for (int i = seen; i < received.length; i++) {
				perRecipient.merge(received[i].getRecipients(Message.RecipientType.TO)[0].toString(), 1, Integer::sum);
				ids.add(received[i].getMessageID());
			}
			seen = received.length;
			long twice = perRecipient.values().stream().filter((n) -> n > 1).count();
			Files.writeString(status, "%d %d %d %d %d%n".formatted(seen, perRecipient.size(), ids.size(), twice,
					(System.nanoTime() - started) / 1_000_000));
			Thread.sleep(500);
		}
	}

}

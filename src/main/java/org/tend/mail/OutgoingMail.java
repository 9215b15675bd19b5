package org.tend.mail;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A mail to put in the outbox. The dedupe key names what the mail is about (say
 * {@code nudge:<owner>:2026-W48}): a second mail with the same key is not enqueued while
 * the first is remembered (see {@link MailOutbox#enqueue}). The html body is optional;
 * header values must fit on one line.
 * <p>
 * {@code sendBefore} is the moment the mail stops being true (the end of the week a nudge
 * speaks of, the end of a reminder's due date): a mail still queued then is never sent.
 * It is a component every caller must pass, but may be null for "no limit": some mail
 * stays true however late it arrives (an account notice, say), and rows queued before the
 * limit existed have none. Null is a choice the caller writes down, not a default it
 * forgets.
 * <p>
 * A link that opens something without a session (unsubscribe, answer an introduction) is
 * never written into a mail: the text and headers carry each {@link SecretLink}'s
 * placeholder, and the sender mints the secret when it sends the mail.
 */
public record OutgoingMail(UUID ownerId, String recipient, String subject, String textBody, String htmlBody,
		Map<String, String> headers, String dedupeKey, Instant sendBefore, List<SecretLink> secretLinks) {

	public OutgoingMail {
		if (recipient == null || recipient.isBlank() || recipient.length() > 254) {
			throw new IllegalArgumentException("a mail needs a recipient of at most 254 characters");
		}
		if (subject == null || subject.isBlank() || subject.length() > 300 || !oneLine(subject)) {
			throw new IllegalArgumentException("a mail needs a one-line subject of at most 300 characters");
		}
		if (textBody == null || textBody.isBlank()) {
			throw new IllegalArgumentException("a mail needs a text body");
		}
		if (dedupeKey == null || dedupeKey.isBlank() || dedupeKey.length() > 200) {
			throw new IllegalArgumentException("a mail needs a dedupe key of at most 200 characters");
		}
		headers = Map.copyOf(new LinkedHashMap<>((headers != null) ? headers : Map.of()));
		headers.forEach((name, value) -> {
			if (!name.matches("[A-Za-z0-9-]+") || !oneLine(value)) {
				throw new IllegalArgumentException("a header needs a plain name and a one-line value: " + name);
			}
		});
		secretLinks = List.copyOf((secretLinks != null) ? secretLinks : List.of());
		for (SecretLink link : secretLinks) {
			if (!textBody.contains(link.placeholder()) && !headers.toString().contains(link.placeholder())) {
				throw new IllegalArgumentException("a secret link must have its place in the mail: " + link);
			}
		}
	}

	/** A mail without secret links. */
	public OutgoingMail(UUID ownerId, String recipient, String subject, String textBody, String htmlBody,
			Map<String, String> headers, String dedupeKey, Instant sendBefore) {
		this(ownerId, recipient, subject, textBody, htmlBody, headers, dedupeKey, sendBefore, List.of());
	}

	private static boolean oneLine(String value) {
		return value.indexOf('\r') < 0 && value.indexOf('\n') < 0;
	}

}

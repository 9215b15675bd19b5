package org.tend.mail;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.tend.accounts.Account;
import org.tend.mail.internal.UnsubscribeTokens;
import org.tend.shared.BaseUrl;

/**
 * Puts a mail of a kind the member can switch off ({@link MailKind}) together, so every
 * such mail, whichever module writes it, unsubscribes the same way: one-click unsubscribe
 * (RFC 8058) in the headers and in the footer. Only an https (or, locally, http) link:
 * Tend reads no mailbox, so a {@code mailto:} unsubscribe would go nowhere.
 */
@Component
public class MemberMails {

	private static final Locale LOCALE = Locale.ENGLISH;

	private final MessageSource messages;

	private final String baseUrl;

	MemberMails(MessageSource messages, @Value(BaseUrl.PROPERTY) String baseUrl) {
		this.messages = messages;
		this.baseUrl = BaseUrl.of(baseUrl);
	}

	/**
	 * The mail to the member: the body, then a footer with {@code why} (why it came and
	 * where to change that) and the link that switches off this kind of mail.
	 */
	public OutgoingMail write(Account member, MailKind kind, String subject, String body, String why, String dedupeKey,
			Instant sendBefore) {
		// the secret is minted when the mail is sent: the outbox holds no working link
		SecretLink link = UnsubscribeTokens.link(member.id(), kind);
		String unsubscribe = this.baseUrl + "/mail/unsubscribe/" + link.placeholder();
		String text = body + "\n\n-- \n" + why + "\n"
				+ this.messages.getMessage("mail.unsubscribe", new Object[] { unsubscribe }, LOCALE) + "\n";
		Map<String, String> headers = new LinkedHashMap<>();
		headers.put("List-Unsubscribe", "<" + unsubscribe + ">");
		headers.put("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
		// RFC 3834: no vacation auto-replies to a machine
		headers.put("Auto-Submitted", "auto-generated");
		return new OutgoingMail(member.id(), member.email(), subject, text, null, headers, dedupeKey, sendBefore,
				List.of(link));
	}

}

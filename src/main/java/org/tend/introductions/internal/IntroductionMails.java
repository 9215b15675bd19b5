package org.tend.introductions.internal;

import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.tend.accounts.Account;
import org.tend.introductions.Answer;
import org.tend.mail.OutgoingMail;
import org.tend.mail.SecretLink;
import org.tend.shared.BaseUrl;

/**
 * Writes the two mails of an introduction: the request each side gets (the member's
 * words, a yes and a not-now link, one-click unsubscribe from introduction requests), and
 * the introduction itself once both said yes. Replies go to the member (a request) or to
 * the other side and the member (the introduction), so people answer each other, not
 * Tend, which reads no mailbox.
 */
@Component
public class IntroductionMails {

	private static final Locale LOCALE = Locale.ENGLISH;

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", LOCALE);

	private final MessageSource messages;

	private final String baseUrl;

	IntroductionMails(MessageSource messages, @Value(BaseUrl.PROPERTY) String baseUrl) {
		this.messages = messages;
		this.baseUrl = BaseUrl.of(baseUrl);
	}

	/**
	 * The request to one side. Its links carry placeholders: the secrets are minted when
	 * the mail is sent, and only ever written into the message handed to the mail server.
	 */
	public OutgoingMail request(Account member, IntroductionRow introduction, Party to, Party other) {
		SecretLink answerLink = IntroductionLinks.link(LinkPurpose.ANSWER, introduction.id(), to.side());
		SecretLink unsubscribeLink = IntroductionLinks.link(LinkPurpose.UNSUBSCRIBE, introduction.id(), to.side());
		String answer = this.baseUrl + "/introductions/answer/" + answerLink.placeholder() + "/";
		String unsubscribe = this.baseUrl + "/introductions/unsubscribe/" + unsubscribeLink.placeholder();
		String until = DAY.format(introduction.expiresAt().atZone(member.zone()));
		StringJoiner text = new StringJoiner("\n");
		text.add(message("introductions.mail.greeting", to.name())).add("");
		if (!introduction.message().isBlank()) {
			text.add(introduction.message()).add("");
		}
		text.add(message("introductions.mail.request.ask", member.displayName(), other.name()))
			.add("")
			.add(message("introductions.mail.request.why", to.reason()))
			.add("")
			.add(message("introductions.mail.request.yes", answer + Answer.YES.link()))
			.add(message("introductions.mail.request.no", answer + Answer.NO.link()))
			.add("")
			.add(message("introductions.mail.request.promise", until))
			.add("")
			.add("-- ")
			.add(message("introductions.mail.request.footer", member.displayName(), member.email()))
			.add(message("introductions.mail.request.unsubscribe", unsubscribe));
		Map<String, String> headers = new LinkedHashMap<>();
		headers.put("Reply-To", member.email());
		headers.put("List-Unsubscribe", "<" + unsubscribe + ">");
		headers.put("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
		headers.put("Auto-Submitted", "auto-generated");
		return new OutgoingMail(member.id(), to.email(),
				message("introductions.mail.request.subject", member.displayName(), other.name()),
				text.toString() + "\n", null, headers, "introduction:" + introduction.id() + ":ask:" + to.side(),
				introduction.expiresAt(), List.of(answerLink, unsubscribeLink));
	}

	/** The introduction to one side, sent once both said yes. */
	OutgoingMail introduction(Account member, IntroductionRow introduction, Party to, Party other) {
		StringJoiner text = new StringJoiner("\n");
		text.add(message("introductions.mail.greeting", to.name()))
			.add("")
			.add(message("introductions.mail.introduce.both", other.name(), member.displayName()))
			.add("")
			.add(message("introductions.mail.introduce.reason", to.name(), to.reason()))
			.add(message("introductions.mail.introduce.reason", other.name(), other.reason()))
			.add("")
			.add(message("introductions.mail.introduce.contact", other.name(), other.email()))
			.add("")
			.add(message("introductions.mail.introduce.reply", other.name(), member.displayName()))
			.add("")
			.add("-- ")
			.add(message("introductions.mail.introduce.footer", member.displayName(), member.email()));
		Map<String, String> headers = new LinkedHashMap<>();
		// a reply reaches the other side, with the member who introduced them in the loop
		headers.put("Reply-To", other.email() + ", " + member.email());
		headers.put("Auto-Submitted", "auto-generated");
		return new OutgoingMail(member.id(), to.email(),
				message("introductions.mail.introduce.subject", to.name(), other.name()), text.toString() + "\n", null,
				headers, "introduction:" + introduction.id() + ":introduce:" + to.side(), null);
	}

	private String message(String key, Object... args) {
		return this.messages.getMessage(key, args, LOCALE);
	}

	/**
	 * One side as a mail speaks of it: name, address and the member's reason for them.
	 */
	public record Party(int side, UUID personId, String name, String email, String reason) {
	}

}

package org.tend.introductions.internal;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.tend.accounts.Account;
import org.tend.introductions.internal.IntroductionRequestRepository.RequestRow;
import org.tend.mail.OutgoingMail;
import org.tend.shared.BaseUrl;

/**
 * The mail telling a member that another member of a community asks them for an
 * introduction: the asker's words and a link to the page where the member answers (Tend
 * sends nothing of the member's journal anywhere). A reply reaches Tend's page, not the
 * asker: whether and whom is decided there, calmly.
 */
@Component
public class IntroductionRequestMails {

	private static final Locale LOCALE = Locale.ENGLISH;

	private final MessageSource messages;

	private final String baseUrl;

	IntroductionRequestMails(MessageSource messages, @Value(BaseUrl.PROPERTY) String baseUrl) {
		this.messages = messages;
		this.baseUrl = BaseUrl.of(baseUrl);
	}

	public OutgoingMail requestReceived(Account introducer, RequestRow request, String communityName) {
		String page = this.baseUrl + "/introductions/requests";
		StringJoiner text = new StringJoiner("\n");
		text.add(message("introductions.mail.greeting", introducer.displayName()))
			.add("")
			.add(message("introductions.requests.mail.ask", request.askerName(), communityName))
			.add("")
			.add("  " + request.text().replace("\n", "\n  "))
			.add("")
			.add(message("introductions.requests.mail.answer", page))
			.add("")
			.add(message("introductions.requests.mail.calm", request.askerName()))
			.add("")
			.add("-- ")
			.add(message("introductions.requests.mail.footer", page));
		Map<String, String> headers = new LinkedHashMap<>();
		headers.put("Auto-Submitted", "auto-generated");
		return new OutgoingMail(introducer.id(), introducer.email(),
				message("introductions.requests.mail.subject", request.askerName()), text.toString() + "\n", null,
				headers, "introduction-request:" + request.id(), null);
	}

	private String message(String key, Object... args) {
		return this.messages.getMessage(key, args, LOCALE);
	}

}

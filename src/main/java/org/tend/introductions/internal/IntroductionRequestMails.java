package org.tend.introductions.internal;

import java.util.Locale;
import java.util.StringJoiner;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.tend.accounts.Account;
import org.tend.introductions.internal.IntroductionRequestRepository.RequestRow;
import org.tend.mail.MailKind;
import org.tend.mail.MemberMails;
import org.tend.mail.OutgoingMail;
import org.tend.shared.BaseUrl;

/**
 * The mail telling a member that another member of a community asks them for an
 * introduction: the asker's words and a link to the page where the member answers (Tend
 * sends nothing of the member's journal anywhere). A reply reaches Tend's page, not the
 * asker: whether and whom is decided there, calmly. A kind of mail the member can switch
 * off ({@link MailKind#INTRODUCTION_REQUEST}), with one-click unsubscribe like the
 * others.
 */
@Component
public class IntroductionRequestMails {

	private static final Locale LOCALE = Locale.ENGLISH;

	private final MessageSource messages;

	private final String baseUrl;

	private final MemberMails mails;

	IntroductionRequestMails(MessageSource messages, @Value(BaseUrl.PROPERTY) String baseUrl, MemberMails mails) {
		this.messages = messages;
		this.baseUrl = BaseUrl.of(baseUrl);
		this.mails = mails;
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
			.add(message("introductions.requests.mail.calm", request.askerName()));
		String why = message("introductions.requests.mail.footer", page, this.baseUrl + "/settings/email");
		return this.mails.write(introducer, MailKind.INTRODUCTION_REQUEST,
				message("introductions.requests.mail.subject", request.askerName()), text.toString(), why,
				"introduction-request:" + request.id(), null);
	}

	private String message(String key, Object... args) {
		return this.messages.getMessage(key, args, LOCALE);
	}

}

package org.tend.mail.internal;

import java.time.Instant;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.StringJoiner;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.tend.accounts.Account;
import org.tend.ledger.Promise;
import org.tend.ledger.PromiseOwner;
import org.tend.mail.MailKind;
import org.tend.mail.MailPreferences;
import org.tend.mail.MemberMails;
import org.tend.mail.NudgeSection;
import org.tend.mail.OutgoingMail;
import org.tend.shared.BaseUrl;

/**
 * Writes the mails: friendly, never scolding, each with its one-click unsubscribe link
 * (put in by {@link MemberMails}).
 */
@Component
class MailTexts {

	private static final Locale LOCALE = Locale.ENGLISH;

	private final MessageSource messages;

	private final String baseUrl;

	private final MemberMails mails;

	MailTexts(MessageSource messages, @Value(BaseUrl.PROPERTY) String baseUrl, MemberMails mails) {
		this.messages = messages;
		this.baseUrl = BaseUrl.of(baseUrl);
		this.mails = mails;
	}

	OutgoingMail nudge(Account member, MailPreferences preferences, String week, NudgeSection section,
			Instant sendBefore) {
		StringJoiner text = new StringJoiner("\n");
		text.add(message("mail.greeting", member.displayName())).add("");
		if (section.opening() != null && !section.opening().isBlank()) {
			text.add(section.opening()).add("");
		}
		if (section.suggestions().isEmpty()) {
			text.add(message("mail.nudge.nobody"));
		}
		else {
			text.add(message("mail.nudge.intro")).add("");
			section.suggestions().forEach((line) -> text.add("  • " + line.text()));
		}
		text.add("").add(message("mail.nudge.closing")).add("").add(message("mail.open", this.baseUrl + "/today"));
		String day = preferences.nudgeDay().getDisplayName(TextStyle.FULL, LOCALE);
		String why = message("mail.nudge.why", day, String.format(LOCALE, "%02d:00", preferences.nudgeHour()),
				this.baseUrl + "/settings/email");
		return this.mails.write(member, MailKind.WEEKLY_NUDGE, message("mail.nudge.subject"), text.toString(), why,
				"nudge:" + member.id() + ":" + week, sendBefore);
	}

	OutgoingMail reminder(Account member, MailPreferences preferences, Promise promise, String personName,
			Instant sendBefore) {
		boolean mine = promise.owner() == PromiseOwner.ME;
		String subject = mine ? message("mail.reminder.subject.me", personName)
				: message("mail.reminder.subject.them", personName);
		StringJoiner text = new StringJoiner("\n");
		text.add(message("mail.greeting", member.displayName()))
			.add("")
			.add(message(mine ? "mail.reminder.me" : "mail.reminder.them", personName, promise.text(),
					promise.due().toString()))
			.add("")
			.add(message("mail.reminder.closing"))
			.add("")
			.add(message("mail.open", this.baseUrl + "/promises"));
		String why = message("mail.reminder.why", promise.due().toString(), this.baseUrl + "/settings/email");
		return this.mails.write(member, MailKind.PROMISE_REMINDER, subject, text.toString(), why,
				"promise:" + promise.id() + ":" + promise.due(), sendBefore);
	}

	private String message(String key, Object... args) {
		return this.messages.getMessage(key, args, LOCALE);
	}

}

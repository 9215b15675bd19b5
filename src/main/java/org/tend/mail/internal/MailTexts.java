package org.tend.mail.internal;

import java.time.Instant;
import java.time.format.TextStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.tend.accounts.Account;
import org.tend.ledger.Promise;
import org.tend.ledger.PromiseOwner;
import org.tend.mail.MailKind;
import org.tend.mail.MailPreferences;
import org.tend.mail.NudgeSection;
import org.tend.mail.OutgoingMail;
import org.tend.mail.SecretLink;
import org.tend.shared.BaseUrl;

/**
 * Writes the mails: friendly, never scolding, each with its one-click unsubscribe link
 * (RFC 8058). Only an https (or, locally, http) link: Tend reads no mailbox, so a
 * {@code mailto:} unsubscribe would go nowhere.
 */
@Component
class MailTexts {

	private static final Locale LOCALE = Locale.ENGLISH;

	private final MessageSource messages;

	private final String baseUrl;

	MailTexts(MessageSource messages, @Value(BaseUrl.PROPERTY) String baseUrl) {
		this.messages = messages;
		this.baseUrl = BaseUrl.of(baseUrl);
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
		return mail(member, MailKind.WEEKLY_NUDGE, message("mail.nudge.subject"), text.toString(), why,
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
		return mail(member, MailKind.PROMISE_REMINDER, subject, text.toString(), why,
				"promise:" + promise.id() + ":" + promise.due(), sendBefore);
	}

	private OutgoingMail mail(Account member, MailKind kind, String subject, String body, String why, String dedupeKey,
			Instant sendBefore) {
		// the secret is minted when the mail is sent: the outbox holds no working link
		SecretLink link = UnsubscribeTokens.link(member.id(), kind);
		String unsubscribe = this.baseUrl + "/mail/unsubscribe/" + link.placeholder();
		String text = body + "\n\n-- \n" + why + "\n" + message("mail.unsubscribe", unsubscribe) + "\n";
		Map<String, String> headers = new LinkedHashMap<>();
		headers.put("List-Unsubscribe", "<" + unsubscribe + ">");
		headers.put("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
		// RFC 3834: no vacation auto-replies to a machine
		headers.put("Auto-Submitted", "auto-generated");
		return new OutgoingMail(member.id(), member.email(), subject, text, null, headers, dedupeKey, sendBefore,
				List.of(link));
	}

	private String message(String key, Object... args) {
		return this.messages.getMessage(key, args, LOCALE);
	}

}

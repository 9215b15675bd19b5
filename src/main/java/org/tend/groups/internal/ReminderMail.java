package org.tend.groups.internal;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.tend.mail.OutgoingMail;
import org.tend.shared.BaseUrl;

/** The mail the day before a session: when, where, and the group's page. */
@Component
class ReminderMail {

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMMM, HH:mm", Locale.ENGLISH);

	private final String baseUrl;

	ReminderMail(@Value(BaseUrl.PROPERTY) String baseUrl) {
		this.baseUrl = BaseUrl.of(baseUrl);
	}

	/** One key per session and member: however often the job runs, one reminder. */
	static String key(ReminderRepository.Due due) {
		return "group-reminder:" + due.sessionId() + ":" + due.memberId();
	}

	/** Agenda items shown in the mail; the rest are counted. */
	static final int AGENDA_SHOWN = 10;

	OutgoingMail of(ReminderRepository.Due due, String email, ZoneId zone, List<String> agenda) {
		String topic = oneLine(due.topic());
		String where = due.mode().equals("in_person") && due.city() != null ? "in " + oneLine(due.city())
				: "by video call";
		StringBuilder items = new StringBuilder();
		if (!agenda.isEmpty()) {
			items.append("On the agenda:\n");
			agenda.stream()
				.limit(AGENDA_SHOWN)
				.forEach((item) -> items.append("  - ").append(oneLine(item)).append('\n'));
			if (agenda.size() > AGENDA_SHOWN) {
				items.append("  and ").append(agenda.size() - AGENDA_SHOWN).append(" more\n");
			}
			items.append('\n');
		}
		String text = "Hello " + due.displayName() + ",\n\n" + "Your small group on " + topic + " meets tomorrow, "
				+ due.startsAt().atZone(zone).format(WHEN) + " (" + zone.getId() + "), " + where + ": session "
				+ due.number() + " of " + due.sessions() + ".\n\n" + items
				// the page, not the API's calendar file: a mail reader opens it signed in
				// as a
				// browser would, and it has the agenda, attendance and the calendar link
				+ "The group's page: " + this.baseUrl + "/groups/" + due.groupId() + "\n";
		// a reminder that arrives after the session has started only gets in the way
		return new OutgoingMail(due.memberId(), email, "Tomorrow: your small group on " + topic, text, null, Map.of(),
				key(due), due.startsAt());
	}

	private static String oneLine(String text) {
		return text.replace('\r', ' ').replace('\n', ' ');
	}

}

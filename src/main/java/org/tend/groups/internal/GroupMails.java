package org.tend.groups.internal;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.tend.groups.GroupSession;
import org.tend.groups.SmallGroup;
import org.tend.mail.OutgoingMail;
import org.tend.shared.BaseUrl;

/** The mail a member gets when their group is published: who, why, and every session. */
@Component
public class GroupMails {

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMMM, HH:mm", Locale.ENGLISH);

	private final String baseUrl;

	GroupMails(@Value(BaseUrl.PROPERTY) String baseUrl) {
		this.baseUrl = BaseUrl.of(baseUrl);
	}

	public OutgoingMail published(SmallGroup group, String communityName, SmallGroup.Member to, String email,
			ZoneId zone) {
		StringBuilder text = new StringBuilder();
		text.append("Hello ").append(to.displayName()).append(",\n\n");
		text.append("You are in a small group of ")
			.append(oneLine(communityName))
			.append(" on ")
			.append(group.topic())
			.append(", with ");
		text.append(String.join(", ",
				group.members()
					.stream()
					.filter((m) -> !m.memberId().equals(to.memberId()))
					.map(SmallGroup.Member::displayName)
					.toList()))
			.append(".\n\n");
		group.reasons().forEach((reason) -> text.append("  - ").append(reason).append('\n'));
		text.append("\nThe sessions (").append(zone.getId()).append("):\n");
		for (GroupSession session : group.sessions()) {
			text.append("  ")
				.append(session.number())
				.append(". ")
				.append(session.startsAt().atZone(zone).format(WHEN))
				.append('\n');
		}
		text.append("\nAdd them all to your calendar: ")
			.append(this.baseUrl)
			.append("/groups/")
			.append(group.id())
			.append("/sessions.ics\n");
		text.append("The group's page (attendance, your journal): ")
			.append(this.baseUrl)
			.append("/groups/")
			.append(group.id())
			.append('\n');
		return new OutgoingMail(to.memberId(), email,
				"Your small group on " + oneLine(group.topic()) + " in " + oneLine(communityName), text.toString(),
				null, Map.of(), "group-published:" + group.id() + ":" + to.memberId(),
				group.sessions().get(0).startsAt());
	}

	private static String oneLine(String text) {
		return text.replace('\r', ' ').replace('\n', ' ');
	}

}

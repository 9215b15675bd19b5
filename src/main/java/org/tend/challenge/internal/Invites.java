package org.tend.challenge.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.tend.challenge.Invite;
import org.tend.meetings.MeetingDetails;
import org.tend.meetings.MeetingsService;
import org.tend.people.PeopleService;
import org.tend.people.PersonSummary;

/** Writes the message that invites the people of a meeting, and its calendar event. */
@Component
public class Invites {

	private final MeetingsService meetings;

	private final PeopleService people;

	private final MessageSource messages;

	private final Clock clock;

	Invites(MeetingsService meetings, PeopleService people, MessageSource messages, Clock clock) {
		this.meetings = meetings;
		this.people = people;
		this.messages = messages;
		this.clock = clock;
	}

	public Invite invite(UUID ownerId, ZoneId zone, String memberName, UUID meetingId) {
		MeetingDetails meeting = this.meetings.get(ownerId, meetingId);
		Locale locale = LocaleContextHolder.getLocale();
		String names = names(meeting);
		String kind = text("challenge.invite.kind." + meeting.kind().code());
		var start = meeting.startsAt().atZone(zone);
		String place = (meeting.place() != null) ? text("challenge.invite.body.place", meeting.place()) : "";
		String subject = capitalized(text("challenge.invite.subject", kind, memberName));
		String body = text("challenge.invite.body", firstNames(meeting), kind,
				start.format(DateTimeFormatter.ofPattern("EEEE d MMMM", locale)),
				start.format(DateTimeFormatter.ofPattern("HH:mm", locale)), place, memberName);
		String to = meeting.people()
			.stream()
			.flatMap((p) -> this.people.details(ownerId, p.id()).emails().stream().limit(1))
			.reduce((one, other) -> one + "," + other)
			.orElse("");
		String mailto = "mailto:" + to + "?subject=" + encoded(subject) + "&body=" + encoded(body);
		return new Invite(meeting.id(), names, subject, body, mailto);
	}

	/** The meeting as an iCalendar (RFC 5545) event in the member's zone. */
	public String calendar(UUID ownerId, ZoneId zone, String memberName, String memberEmail, UUID meetingId) {
		MeetingDetails meeting = this.meetings.get(ownerId, meetingId);
		String summary = text("challenge.invite.summary", text("meetings.kind." + meeting.kind().code()), memberName,
				names(meeting));
		return CalendarEvent.of(meeting, zone, summary, memberName, memberEmail, this.clock.instant());
	}

	private static String names(MeetingDetails meeting) {
		List<String> names = meeting.people().stream().map(PersonSummary::name).toList();
		return String.join(", ", names);
	}

	/**
	 * "Tomasz, Zoë" for Tomasz Wójcik and Zoë Ñúñez: a greeting uses first names. A name
	 * without a space (李小龍) is greeted whole.
	 */
	static String firstNames(MeetingDetails meeting) {
		return meeting.people()
			.stream()
			.map(PersonSummary::name)
			.map((name) -> name.strip().split("\\s+", 2)[0])
			.reduce((one, other) -> one + ", " + other)
			.orElse("");
	}

	private String text(String code, Object... args) {
		return this.messages.getMessage(code, args, LocaleContextHolder.getLocale());
	}

	private static String capitalized(String text) {
		return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}

	/** Percent-encoding as a mailto: link needs it (spaces as %20, never '+'). */
	static String encoded(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
	}

}

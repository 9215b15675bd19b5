package org.tend.challenge.internal;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.Summary;

import org.tend.meetings.MeetingDetails;
import org.tend.shared.CalendarEvents;

/**
 * A meeting as an iCalendar (RFC 5545) event: the start in the member's zone with its
 * VTIMEZONE, so calendars move it right across daylight-saving changes.
 */
final class CalendarEvent {

	/** A meeting without a duration is booked for an hour. */
	static final Duration DEFAULT_DURATION = Duration.ofHours(1);

	private CalendarEvent() {
	}

	static String of(MeetingDetails meeting, ZoneId zone, String summary, String organizerName, String organizerEmail,
			Instant now) {
		Duration duration = (meeting.durationMinutes() != null) ? Duration.ofMinutes(meeting.durationMinutes())
				: DEFAULT_DURATION;
		VEvent event = CalendarEvents.timed(meeting.id().toString(), meeting.startsAt(), duration, zone, now);
		event.add(new Summary(summary));
		if (meeting.place() != null) {
			event.add(new Location(meeting.place()));
		}
		event.add(new Organizer(new ParameterList(List.of(new Cn(organizerName))),
				URI.create("mailto:" + organizerEmail)));
		return CalendarEvents.publish(event, zone);
	}

}

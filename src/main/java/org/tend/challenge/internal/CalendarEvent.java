package org.tend.challenge.internal;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.TzId;
import net.fortuna.ical4j.model.property.CalScale;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

import org.tend.meetings.MeetingDetails;

/**
 * A meeting as an iCalendar (RFC 5545) event: the start in the member's zone with its
 * VTIMEZONE, so calendars move it right across daylight-saving changes.
 */
final class CalendarEvent {

	/** A meeting without a duration is booked for an hour. */
	static final Duration DEFAULT_DURATION = Duration.ofHours(1);

	private static final TimeZoneRegistry ZONES = TimeZoneRegistryFactory.getInstance().createRegistry();

	private CalendarEvent() {
	}

	static String of(MeetingDetails meeting, ZoneId zone, String summary, String organizerName, String organizerEmail,
			Instant now) {
		Duration duration = (meeting.durationMinutes() != null) ? Duration.ofMinutes(meeting.durationMinutes())
				: DEFAULT_DURATION;
		ZonedDateTime start = meeting.startsAt().atZone(zone).truncatedTo(ChronoUnit.SECONDS);
		TimeZone timeZone = ZONES.getTimeZone(zone.getId());
		VEvent event = new VEvent(false);
		event.add(new Uid(meeting.id() + "@tend"));
		event.add(new DtStamp(now.truncatedTo(ChronoUnit.SECONDS)));
		if (timeZone != null) {
			ParameterList tzid = new ParameterList(List.of(new TzId(zone.getId())));
			event.add(new DtStart<>(tzid, start));
			event.add(new DtEnd<>(tzid, start.plus(duration)));
		}
		else {
			// a zone ical4j has no definition for (a bare offset): the same instants in
			// UTC
			event.add(new DtStart<>(start.toInstant()));
			event.add(new DtEnd<>(start.plus(duration).toInstant()));
		}
		event.add(new Summary(summary));
		if (meeting.place() != null) {
			event.add(new Location(meeting.place()));
		}
		event.add(new Organizer(new ParameterList(List.of(new Cn(organizerName))),
				URI.create("mailto:" + organizerEmail)));
		Calendar calendar = new Calendar().withProdId("-//Tend//Slow networking//EN")
			.withProperty(ImmutableVersion.VERSION_2_0)
			.withProperty(new CalScale(CalScale.VALUE_GREGORIAN))
			.withProperty(new Method(Method.VALUE_PUBLISH))
			.getFluentTarget();
		if (timeZone != null) {
			calendar.add(timeZone.getVTimeZone());
		}
		calendar.add(event);
		return calendar.toString();
	}

}

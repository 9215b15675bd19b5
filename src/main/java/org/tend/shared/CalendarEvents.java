package org.tend.shared;

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
import net.fortuna.ical4j.model.parameter.TzId;
import net.fortuna.ical4j.model.property.CalScale;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * One timed iCalendar (RFC 5545) event as Tend publishes it (an invitation, a round's
 * coffee): the start in the member's zone with its VTIMEZONE, so calendars move it right
 * across daylight-saving changes. Callers add their own summary, place and people to the
 * event before {@link #publish}.
 */
public final class CalendarEvents {

	private static final TimeZoneRegistry ZONES = TimeZoneRegistryFactory.getInstance().createRegistry();

	private CalendarEvents() {
	}

	/**
	 * An event {@code uid@tend} from {@code start} for {@code length}, in {@code zone}.
	 */
	public static VEvent timed(String uid, Instant start, Duration length, ZoneId zone, Instant now) {
		ZonedDateTime from = start.atZone(zone).truncatedTo(ChronoUnit.SECONDS);
		VEvent event = new VEvent(false);
		event.add(new Uid(uid + "@tend"));
		event.add(new DtStamp(now.truncatedTo(ChronoUnit.SECONDS)));
		if (ZONES.getTimeZone(zone.getId()) != null) {
			ParameterList tzid = new ParameterList(List.of(new TzId(zone.getId())));
			event.add(new DtStart<>(tzid, from));
			event.add(new DtEnd<>(tzid, from.plus(length)));
		}
		else {
			// a zone ical4j has no definition for (a bare offset): the same instants in
			// UTC
			event.add(new DtStart<>(from.toInstant()));
			event.add(new DtEnd<>(from.plus(length).toInstant()));
		}
		return event;
	}

	/**
	 * The event in a calendar of its own, with the zone's VTIMEZONE where one is known.
	 */
	public static String publish(VEvent event, ZoneId zone) {
		Calendar calendar = new Calendar().withProdId("-//Tend//Slow networking//EN")
			.withProperty(ImmutableVersion.VERSION_2_0)
			.withProperty(new CalScale(CalScale.VALUE_GREGORIAN))
			.withProperty(new Method(Method.VALUE_PUBLISH))
			.getFluentTarget();
		TimeZone timeZone = ZONES.getTimeZone(zone.getId());
		if (timeZone != null) {
			calendar.add(timeZone.getVTimeZone());
		}
		calendar.add(event);
		return calendar.toString();
	}

}

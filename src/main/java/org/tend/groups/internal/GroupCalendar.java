package org.tend.groups.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.property.CalScale;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

import org.tend.groups.GroupSession;
import org.tend.groups.SmallGroup;
import org.tend.shared.CalendarEvents;

/**
 * A group's season as one iCalendar with an event per session, in UTC (members live in
 * several zones; their calendars show each session in their own). The place is the city
 * for in person, or "Video call" for a virtual group.
 */
public final class GroupCalendar {

	static final Duration LENGTH = Duration.ofMinutes(90);

	private GroupCalendar() {
	}

	public static String of(SmallGroup group, Instant now) {
		Calendar calendar = new Calendar().withProdId("-//Tend//Slow networking//EN")
			.withProperty(ImmutableVersion.VERSION_2_0)
			.withProperty(new CalScale(CalScale.VALUE_GREGORIAN))
			.withProperty(new Method(Method.VALUE_PUBLISH))
			.getFluentTarget();
		for (GroupSession session : group.sessions()) {
			var event = CalendarEvents.timed(session.id().toString(), session.startsAt(), LENGTH, ZoneOffset.UTC, now);
			event.add(new Summary(
					"Group on " + group.topic() + ": session " + session.number() + " of " + group.sessions().size()));
			event.add(new Location(
					(group.city() != null && group.mode().equals("in_person")) ? group.city() : "Video call"));
			event.add(new Description(String.join("\n", group.reasons())));
			calendar.add(event);
		}
		return calendar.toString();
	}

}

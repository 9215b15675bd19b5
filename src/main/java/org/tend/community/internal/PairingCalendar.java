package org.tend.community.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Summary;

import org.tend.community.Pairing;
import org.tend.shared.CalendarEvents;

/**
 * A coffee of a round as an iCalendar (RFC 5545) event, the suggested time in the
 * member's zone with its VTIMEZONE (the challenge's invitation does the same for a
 * meeting).
 */
public final class PairingCalendar {

	static final Duration LENGTH = Duration.ofMinutes(45);

	private PairingCalendar() {
	}

	public static String of(Pairing pairing, ZoneId zone, Instant now) {
		String names = String.join(" and ", pairing.partners().stream().map(Pairing.Partner::displayName).toList());
		VEvent event = CalendarEvents.timed(pairing.groupId().toString(), pairing.suggestedAt(), LENGTH, zone, now);
		event.add(new Summary("Coffee with " + names + " (" + pairing.communityName() + ")"));
		event.add(new Description(String.join("\n", pairing.reasons())));
		return CalendarEvents.publish(event, zone);
	}

}

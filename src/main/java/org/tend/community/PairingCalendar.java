package org.tend.community;

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
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * A coffee of a round as an iCalendar (RFC 5545) event, the suggested time in the
 * member's zone with its VTIMEZONE (the challenge's invitation does the same for a
 * meeting).
 */
final class PairingCalendar {

	static final Duration LENGTH = Duration.ofMinutes(45);

	private static final TimeZoneRegistry ZONES = TimeZoneRegistryFactory.getInstance().createRegistry();

	private PairingCalendar() {
	}

	static String of(Pairing pairing, ZoneId zone, Instant now) {
		String names = String.join(" and ", pairing.partners().stream().map(Pairing.Partner::displayName).toList());
		ZonedDateTime start = pairing.suggestedAt().atZone(zone).truncatedTo(ChronoUnit.SECONDS);
		TimeZone timeZone = ZONES.getTimeZone(zone.getId());
		VEvent event = new VEvent(false);
		event.add(new Uid(pairing.groupId() + "@tend"));
		event.add(new DtStamp(now.truncatedTo(ChronoUnit.SECONDS)));
		if (timeZone != null) {
			ParameterList tzid = new ParameterList(List.of(new TzId(zone.getId())));
			event.add(new DtStart<>(tzid, start));
			event.add(new DtEnd<>(tzid, start.plus(LENGTH)));
		}
		else {
			event.add(new DtStart<>(start.toInstant()));
			event.add(new DtEnd<>(start.plus(LENGTH).toInstant()));
		}
		event.add(new Summary("Coffee with " + names + " (" + pairing.communityName() + ")"));
		event.add(new Description(String.join("\n", pairing.reasons())));
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

package org.tend.community.internal;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Collection;

/**
 * A time to suggest for a coffee: the first full hour from two days after the round opens
 * that falls on a weekday between 09:00 and 17:00 for everyone in the group, so that
 * nobody is asked to meet at night. Where no such hour comes within a week (the other
 * side of the world), two days after the opening.
 */
public final class SuggestedTimes {

	private static final Duration NOTICE = Duration.ofDays(2);

	private static final int HOURS_SEARCHED = 7 * 24;

	private SuggestedTimes() {
	}

	public static Instant suggest(Instant opensAt, Collection<ZoneId> zones) {
		Instant first = opensAt.plus(NOTICE).truncatedTo(ChronoUnit.HOURS);
		for (int hour = 0; hour < HOURS_SEARCHED; hour++) {
			Instant candidate = first.plus(Duration.ofHours(hour));
			if (zones.stream().allMatch((zone) -> workingHour(candidate.atZone(zone)))) {
				return candidate;
			}
		}
		return first;
	}

	private static boolean workingHour(ZonedDateTime local) {
		DayOfWeek day = local.getDayOfWeek();
		return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && local.getHour() >= 9 && local.getHour() < 17;
	}

}

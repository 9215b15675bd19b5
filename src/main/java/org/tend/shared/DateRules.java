package org.tend.shared;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.format.SignStyle;
import java.time.temporal.ChronoField;
import java.util.Locale;

import org.springframework.stereotype.Component;
import org.tend.shared.web.InvalidInput;

/**
 * The one place that says which dates can be true, for the API, the pages and the
 * importers alike. Something that happened (a meeting, the day we met, help given, a
 * note) is not in the future: a meeting gets {@link #GRACE} for a clock a little ahead, a
 * day is compared with today in the member's time zone. Nothing is dated more than
 * {@value #YEARS_BACK} years back (a meeting in 1901 once read "known for 126 years"),
 * and a plan (a planned meeting, a promise's due day) at most {@value #YEARS_AHEAD} years
 * ahead. A date out of range is {@link InvalidInput} naming the field, with a message
 * giving the range ("Enter a date between 5 Dec 1946 and 5 Dec 2026").
 * <p>
 * Where no member's zone is at hand (a person's "met on" is written by the API, a form
 * and an import alike) today is today {@link #ANYWHERE} on Earth: nobody is refused a
 * date that is already today where they are.
 */
@Component
public class DateRules {

	public static final int YEARS_BACK = 80;

	public static final int YEARS_AHEAD = 10;

	/** How far ahead a meeting that happened may start: a clock a little fast. */
	public static final Duration GRACE = Duration.ofMinutes(5);

	/** The zone where the day starts first: today somewhere. */
	public static final ZoneId ANYWHERE = ZoneOffset.ofHours(14);

	private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH);

	/**
	 * ISO dates with a year of four or more digits: a browser sends "20255-01-01" for a
	 * slip of the finger, which should be told the range, not "Enter a date".
	 */
	private static final DateTimeFormatter ANY_YEAR_DATE = new DateTimeFormatterBuilder()
		.appendValue(ChronoField.YEAR, 4, 9, SignStyle.NORMAL)
		.appendLiteral('-')
		.appendValue(ChronoField.MONTH_OF_YEAR, 2)
		.appendLiteral('-')
		.appendValue(ChronoField.DAY_OF_MONTH, 2)
		.toFormatter(Locale.ROOT)
		.withResolverStyle(ResolverStyle.STRICT);

	private static final DateTimeFormatter ANY_YEAR_DATE_TIME = new DateTimeFormatterBuilder().append(ANY_YEAR_DATE)
		.appendLiteral('T')
		.append(DateTimeFormatter.ISO_LOCAL_TIME)
		.toFormatter(Locale.ROOT)
		.withResolverStyle(ResolverStyle.STRICT);

	private final Clock clock;

	public DateRules(Clock clock) {
		this.clock = clock;
	}

	public LocalDate today(ZoneId zone) {
		return LocalDate.now(this.clock.withZone(zone));
	}

	/** The earliest day anything may be dated: {@value #YEARS_BACK} years ago. */
	public LocalDate earliest(ZoneId zone) {
		return today(zone).minusYears(YEARS_BACK);
	}

	/** A day something happened: between {@link #earliest} and today. */
	public LocalDate requirePast(String field, LocalDate day, ZoneId zone) {
		if (day != null) {
			requireBetween(field, day, earliest(zone), today(zone));
		}
		return day;
	}

	/** A day something is planned for: between {@link #earliest} and years ahead. */
	public LocalDate requirePlan(String field, LocalDate day, ZoneId zone) {
		if (day != null) {
			requireBetween(field, day, earliest(zone), today(zone).plusYears(YEARS_AHEAD));
		}
		return day;
	}

	/** When a meeting that happened started: not after now (and the grace). */
	public Instant requireHappened(String field, Instant at, ZoneId zone) {
		if (at != null) {
			if (at.isAfter(this.clock.instant().plus(GRACE))) {
				throw InvalidInput.of(field, range(earliest(zone), today(zone))
						+ " A meeting that happened cannot start in the future: plan it instead.");
			}
			requireBetween(field, LocalDate.ofInstant(at, zone), earliest(zone), today(zone));
		}
		return at;
	}

	/** When a planned meeting starts. */
	public Instant requirePlanned(String field, Instant at, ZoneId zone) {
		if (at != null) {
			requirePlan(field, LocalDate.ofInstant(at, zone), zone);
		}
		return at;
	}

	/** True once a planned start is behind us: the meeting waits for a reflection. */
	public boolean hasPassed(Instant startsAt) {
		return startsAt != null && !startsAt.isAfter(this.clock.instant());
	}

	/**
	 * A date as a form or a file writes it (2026-03-02), any number of year digits.
	 * @throws DateTimeParseException when it is not a date at all
	 */
	public static LocalDate parseDate(String text) {
		return LocalDate.parse(text.strip(), ANY_YEAR_DATE);
	}

	/** A local date-time (2026-03-02T09:30), any number of year digits. */
	public static LocalDateTime parseDateTime(String text) {
		return LocalDateTime.parse(text.strip(), ANY_YEAR_DATE_TIME);
	}

	/** "Enter a date between 5 Dec 1946 and 5 Dec 2026." */
	public static String range(LocalDate from, LocalDate to) {
		return "Enter a date between " + SHOWN.format(from) + " and " + SHOWN.format(to) + ".";
	}

	/** Whether the day is inside the range {@link #requirePast} allows. */
	public boolean isPossiblePast(LocalDate day, ZoneId zone) {
		return !day.isBefore(earliest(zone)) && !day.isAfter(today(zone));
	}

	private static void requireBetween(String field, LocalDate day, LocalDate from, LocalDate to) {
		if (day.isBefore(from) || day.isAfter(to)) {
			throw InvalidInput.of(field, range(from, to));
		}
	}

}

package org.tend.meetings.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

import org.tend.shared.web.InvalidInput;

/**
 * The {@code from} and {@code to} filters accept an instant with its offset
 * ({@code 2026-11-23T09:00:00+01:00}), a local date-time or a date, both read in the
 * member's time zone. A {@code to} date includes that whole day.
 */
final class TimeParameter {

	private TimeParameter() {
	}

	static Instant from(String field, String value, ZoneId zone) {
		return parse(field, value, zone, false);
	}

	static Instant to(String field, String value, ZoneId zone) {
		return parse(field, value, zone, true);
	}

	private static Instant parse(String field, String value, ZoneId zone, boolean endOfDay) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String text = value.strip();
		try {
			return OffsetDateTime.parse(text).toInstant();
		}
		catch (DateTimeParseException notWithOffset) {
			// try the member's local forms below
		}
		try {
			return LocalDateTime.parse(text).atZone(zone).toInstant();
		}
		catch (DateTimeParseException notLocal) {
			// try a date below
		}
		try {
			LocalDate day = LocalDate.parse(text);
			return (endOfDay ? day.plusDays(1) : day).atStartOfDay(zone).toInstant();
		}
		catch (DateTimeParseException ex) {
			throw InvalidInput.of(field, "'" + field + "' must be an ISO-8601 date or date-time");
		}
	}

}

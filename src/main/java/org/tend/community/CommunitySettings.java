package org.tend.community;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import org.tend.community.internal.Texts;
import org.tend.shared.web.InvalidInput;

/**
 * What an organizer sets for a community. Built from the text a form or the API sends by
 * {@link #parse}, which names the field of the first bad value.
 */
public record CommunitySettings(String name, String description, Cadence cadence, DayOfWeek openDay, LocalTime openTime,
		ZoneId zone, int repeatWindow, int againLimit, boolean approvalRequired) {

	public static final int MAX_NAME = 100;

	public static final int MAX_DESCRIPTION = 2000;

	public static final int DEFAULT_REPEAT_WINDOW = 6;

	public static final int MAX_REPEAT_WINDOW = 52;

	/**
	 * Extra coffees a pair who both asked may have inside the window: a second, a third.
	 */
	public static final int DEFAULT_AGAIN_LIMIT = 2;

	public static final int MAX_AGAIN_LIMIT = 5;

	/** Settings with the default limit for meeting again. */
	public static CommunitySettings parse(String name, String description, String cadence, String openDay,
			String openTime, String timezone, Integer repeatWindow, Boolean approvalRequired, ZoneId defaultZone) {
		return parse(name, description, cadence, openDay, openTime, timezone, repeatWindow, null, approvalRequired,
				defaultZone);
	}

	/**
	 * Reads the settings; a missing day, time or zone defaults to Monday, 09:00 and the
	 * given zone, a missing window to {@value #DEFAULT_REPEAT_WINDOW} rounds, a missing
	 * limit for meeting again to {@value #DEFAULT_AGAIN_LIMIT} extra coffees.
	 */
	public static CommunitySettings parse(String name, String description, String cadence, String openDay,
			String openTime, String timezone, Integer repeatWindow, Integer againLimit, Boolean approvalRequired,
			ZoneId defaultZone) {
		String cleanName = Texts.clean(name);
		if (cleanName == null) {
			throw InvalidInput.of("name", "name is required");
		}
		Texts.limit("name", cleanName, MAX_NAME);
		String cleanDescription = Texts.limit("description", Texts.clean(description), MAX_DESCRIPTION);
		if (cadence == null || cadence.isBlank()) {
			throw InvalidInput.of("cadence", "cadence is required: weekly, fortnightly or monthly");
		}
		Cadence parsedCadence;
		try {
			parsedCadence = Cadence.fromCode(cadence.strip().toLowerCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw InvalidInput.of("cadence", ex.getMessage());
		}
		int window = (repeatWindow != null) ? repeatWindow : DEFAULT_REPEAT_WINDOW;
		if (window < 0 || window > MAX_REPEAT_WINDOW) {
			throw InvalidInput.of("repeatWindow",
					"repeatWindow must be between 0 and " + MAX_REPEAT_WINDOW + " rounds");
		}
		int again = (againLimit != null) ? againLimit : DEFAULT_AGAIN_LIMIT;
		if (again < 0 || again > MAX_AGAIN_LIMIT) {
			throw InvalidInput.of("againLimit",
					"againLimit must be between 0 and " + MAX_AGAIN_LIMIT + " extra meetings");
		}
		return new CommunitySettings(cleanName, cleanDescription, parsedCadence, day(openDay), time(openTime),
				Texts.zone("timezone", timezone, defaultZone), window, again, Boolean.TRUE.equals(approvalRequired));
	}

	private static DayOfWeek day(String text) {
		if (text == null || text.isBlank()) {
			return DayOfWeek.MONDAY;
		}
		try {
			return DayOfWeek.valueOf(text.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw InvalidInput.of("openDay", "openDay must be a weekday such as monday");
		}
	}

	private static LocalTime time(String text) {
		if (text == null || text.isBlank()) {
			return LocalTime.of(9, 0);
		}
		try {
			return LocalTime.parse(text.strip()).withSecond(0).withNano(0);
		}
		catch (DateTimeParseException ex) {
			throw InvalidInput.of("openTime", "openTime must be a time such as 09:00");
		}
	}

}

package org.tend.mail.web;

import java.time.DayOfWeek;
import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** A weekday as the API writes it: lowercase, {@code monday} to {@code sunday}. */
enum Weekday {

	MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY, SUNDAY;

	@JsonValue
	String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	@JsonCreator
	static Weekday fromCode(String code) {
		if (code == null) {
			throw new IllegalArgumentException("no weekday given");
		}
		return valueOf(code.strip().toUpperCase(Locale.ROOT));
	}

	DayOfWeek dayOfWeek() {
		return DayOfWeek.valueOf(name());
	}

	static Weekday of(DayOfWeek day) {
		return valueOf(day.name());
	}

}

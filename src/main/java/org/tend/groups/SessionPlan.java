package org.tend.groups;

import java.time.Instant;

import org.tend.shared.web.InvalidInput;

/**
 * How many sessions a season has, how many days apart, and when the first is (null: a
 * week after publishing, at 18:00 in the community's zone).
 */
public record SessionPlan(int count, int intervalDays, Instant firstAt) {

	public static final int DEFAULT_COUNT = 6;

	public static final int DEFAULT_INTERVAL_DAYS = 14;

	public static SessionPlan parse(Integer count, Integer intervalDays, Instant firstAt) {
		int c = (count != null) ? count : DEFAULT_COUNT;
		int d = (intervalDays != null) ? intervalDays : DEFAULT_INTERVAL_DAYS;
		if (c < 1 || c > 26) {
			throw InvalidInput.of("sessions", "sessions must be between 1 and 26");
		}
		if (d < 1 || d > 60) {
			throw InvalidInput.of("intervalDays", "intervalDays must be between 1 and 60");
		}
		return new SessionPlan(c, d, firstAt);
	}

}

package org.tend.groups;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.tend.groups.forming.Wish;
import org.tend.shared.web.InvalidInput;

/**
 * What a member writes to propose a group: one topic, {@code in_person} (with a city) or
 * {@code virtual}, its size (4..8, the proposer included) and, optionally, its season.
 * {@link #parse} names the field of the first value it refuses.
 */
public record ProposalInput(String topic, String mode, String city, int size, SessionPlan plan) {

	public static final List<String> MODES = List.of("in_person", "virtual");

	public static ProposalInput parse(String topic, String mode, String city, Integer size, Integer sessions,
			Integer intervalDays, Instant firstAt, Instant now) {
		String t = (topic != null) ? topic.strip() : "";
		if (t.isEmpty()) {
			throw InvalidInput.of("topic", "topic is required");
		}
		if (t.length() > GroupWish.MAX_TOPIC) {
			throw InvalidInput.of("topic", "topic has at most " + GroupWish.MAX_TOPIC + " characters");
		}
		String m = (mode != null) ? mode.strip().toLowerCase(Locale.ROOT) : "";
		if (!MODES.contains(m)) {
			throw InvalidInput.of("mode", "mode must be in_person or virtual");
		}
		String c = (city != null && !city.isBlank()) ? city.strip() : null;
		if (c != null && c.length() > GroupWish.MAX_CITY) {
			throw InvalidInput.of("city", "city has at most " + GroupWish.MAX_CITY + " characters");
		}
		if (c == null && m.equals("in_person")) {
			throw InvalidInput.of("city", "An in-person group needs a city");
		}
		if (size == null || size < Wish.SMALLEST || size > Wish.LARGEST) {
			throw InvalidInput.of("size",
					"size must be between " + Wish.SMALLEST + " and " + Wish.LARGEST + " (the proposer included)");
		}
		if (firstAt != null && !firstAt.isAfter(now)) {
			throw InvalidInput.of("firstAt", "firstAt must be in the future");
		}
		return new ProposalInput(t, m, m.equals("virtual") ? null : c, size,
				SessionPlan.parse(sessions, intervalDays, firstAt));
	}

}

package org.tend.groups;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.tend.groups.forming.Wish;
import org.tend.shared.web.InvalidInput;

/**
 * What a member wishes for a group: topics, mode ({@code in_person}, {@code virtual},
 * {@code either}), the city for in person, and the sizes they like (within 4..8).
 * {@link #parse} names the field of the first value it refuses.
 */
public record GroupWish(List<String> topics, String mode, String city, int sizeMin, int sizeMax) {

	public static final int MAX_TOPICS = 10;

	public static final int MAX_TOPIC = 50;

	public static final int MAX_CITY = 100;

	public static final List<String> MODES = List.of("in_person", "virtual", "either");

	public GroupWish {
		topics = List.copyOf(topics);
	}

	public static GroupWish parse(List<String> topics, String mode, String city, Integer sizeMin, Integer sizeMax) {
		Set<String> clean = new LinkedHashSet<>();
		for (String topic : (topics != null) ? topics : List.<String>of()) {
			String t = (topic != null) ? topic.strip() : "";
			if (t.isEmpty()) {
				continue;
			}
			if (t.length() > MAX_TOPIC) {
				throw InvalidInput.of("topics", "A topic has at most " + MAX_TOPIC + " characters");
			}
			clean.add(t);
		}
		if (clean.isEmpty()) {
			throw InvalidInput.of("topics", "topics needs at least one topic");
		}
		if (clean.size() > MAX_TOPICS) {
			throw InvalidInput.of("topics", "topics may hold at most " + MAX_TOPICS + " topics");
		}
		String m = (mode != null && !mode.isBlank()) ? mode.strip().toLowerCase(Locale.ROOT) : "either";
		if (!MODES.contains(m)) {
			throw InvalidInput.of("mode", "mode must be in_person, virtual or either");
		}
		String c = (city != null && !city.isBlank()) ? city.strip() : null;
		if (c != null && c.length() > MAX_CITY) {
			throw InvalidInput.of("city", "city has at most " + MAX_CITY + " characters");
		}
		if (c == null && m.equals("in_person")) {
			throw InvalidInput.of("city", "An in-person group needs a city");
		}
		int min = size("sizeMin", sizeMin);
		int max = size("sizeMax", sizeMax);
		if (min > max) {
			throw InvalidInput.of("sizeMin", "sizeMin must not be larger than sizeMax");
		}
		return new GroupWish(new ArrayList<>(clean), m, c, min, max);
	}

	private static int size(String field, Integer value) {
		if (value == null) {
			throw InvalidInput.of(field, field + " is required");
		}
		if (value < Wish.SMALLEST || value > Wish.LARGEST) {
			throw InvalidInput.of(field,
					field + " must be between " + Wish.SMALLEST + " and " + Wish.LARGEST + " (a group of 4 to 8)");
		}
		return value;
	}

	/** The venues the forming algorithm may put this member in. */
	List<String> venues() {
		List<String> venues = new ArrayList<>();
		if (!this.mode.equals("virtual") && this.city != null) {
			venues.add(Wish.city(fold(this.city)));
		}
		if (!this.mode.equals("in_person")) {
			venues.add(Wish.VIRTUAL);
		}
		return venues;
	}

	static String fold(String text) {
		return text.strip().toLowerCase(Locale.ROOT);
	}

}

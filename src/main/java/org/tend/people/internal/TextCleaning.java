package org.tend.people.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * How what the member typed is tidied before it is checked and stored: trimmed, blanks
 * dropped, lists without repeats, tags in lower case.
 */
public final class TextCleaning {

	private static final Pattern SPACES = Pattern.compile("\\s+");

	private TextCleaning() {
	}

	/** The text trimmed, or null when nothing is left. */
	public static String clean(String text) {
		if (text == null) {
			return null;
		}
		String stripped = text.strip();
		return stripped.isEmpty() ? null : stripped;
	}

	/**
	 * Each entry trimmed, blanks dropped, the first of entries equal but for case kept.
	 */
	public static List<String> cleanList(List<String> values) {
		return distinct(values, UnaryOperator.identity());
	}

	/**
	 * Tags are compared and shown in lower case with single spaces, so "Climate Data" and
	 * "climate data" are one tag.
	 */
	public static List<String> tags(List<String> values) {
		return distinct(values, (tag) -> SPACES.matcher(tag).replaceAll(" ").toLowerCase(Locale.ROOT));
	}

	private static List<String> distinct(List<String> values, UnaryOperator<String> form) {
		if (values == null) {
			return List.of();
		}
		Map<String, String> byKey = new LinkedHashMap<>();
		for (String value : values) {
			String cleaned = clean(value);
			if (cleaned != null) {
				String formed = form.apply(cleaned);
				byKey.putIfAbsent(formed.toLowerCase(Locale.ROOT), formed);
			}
		}
		return List.copyOf(new ArrayList<>(byKey.values()));
	}

}

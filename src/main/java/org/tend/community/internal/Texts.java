package org.tend.community.internal;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

import org.tend.shared.web.InvalidInput;

/** Tidying and limits of what members type, each failure naming its field. */
public final class Texts {

	private Texts() {
	}

	public static String clean(String text) {
		if (text == null) {
			return null;
		}
		String stripped = text.strip();
		return stripped.isEmpty() ? null : stripped;
	}

	public static String limit(String field, String text, int max) {
		if (text != null && text.codePointCount(0, text.length()) > max) {
			throw InvalidInput.of(field, field + " must be at most " + max + " characters");
		}
		if (text != null && (text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) && !"description".equals(field)) {
			throw InvalidInput.of(field, field + " must be one line");
		}
		return text;
	}

	/** Trimmed, blanks and repeats dropped, each at most maxLength, at most maxItems. */
	public static List<String> list(String field, List<String> items, int maxItems, int maxLength) {
		if (items == null) {
			return List.of();
		}
		LinkedHashSet<String> kept = new LinkedHashSet<>();
		for (String item : items) {
			String clean = clean(item);
			if (clean != null) {
				limit(field, clean, maxLength);
				kept.add(clean);
			}
		}
		if (kept.size() > maxItems) {
			throw InvalidInput.of(field, field + " may hold at most " + maxItems + " entries");
		}
		return new ArrayList<>(kept);
	}

	public static ZoneId zone(String field, String text, ZoneId fallback) {
		if (text == null || text.isBlank()) {
			return fallback;
		}
		try {
			return ZoneId.of(text.strip());
		}
		catch (DateTimeException ex) {
			throw InvalidInput.of(field, field + " must be a time zone such as Europe/Madrid");
		}
	}

	static String lines(List<String> items) {
		return items.isEmpty() ? null : String.join("\n", items);
	}

	static List<String> split(String lines) {
		return (lines == null || lines.isEmpty()) ? List.of() : List.of(lines.split("\n"));
	}

	static String lower(String text) {
		return (text != null) ? text.toLowerCase(Locale.ROOT) : null;
	}

}

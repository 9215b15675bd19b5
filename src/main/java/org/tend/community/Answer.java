package org.tend.community;

import org.tend.community.internal.Texts;
import org.tend.shared.web.InvalidInput;

/**
 * A member's private answer after a coffee: the outcome, and optionally a rating (1–5)
 * and a note.
 */
public record Answer(Outcome outcome, Integer rating, String note) {

	public static final int MAX_NOTE = 1000;

	public static Answer parse(String outcome, Integer rating, String note) {
		Outcome parsed;
		try {
			parsed = Outcome.fromCode((outcome != null) ? outcome.strip() : null);
		}
		catch (IllegalArgumentException ex) {
			throw InvalidInput.of("outcome", ex.getMessage());
		}
		if (rating != null && (rating < 1 || rating > 5)) {
			throw InvalidInput.of("rating", "rating must be between 1 and 5");
		}
		String clean = Texts.clean(note);
		if (clean != null && clean.codePointCount(0, clean.length()) > MAX_NOTE) {
			throw InvalidInput.of("note", "note must be at most " + MAX_NOTE + " characters");
		}
		return new Answer(parsed, rating, clean);
	}

}

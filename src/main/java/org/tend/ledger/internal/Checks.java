package org.tend.ledger.internal;

import org.tend.shared.web.InvalidInput;

/**
 * The ledger's invariants, checked in the domain whatever the caller validated before:
 * each failure names the field.
 */
public final class Checks {

	private Checks() {
	}

	public static String text(String field, String text, int max) {
		if (text == null || text.isBlank()) {
			throw InvalidInput.of(field, "must not be blank");
		}
		String stripped = text.strip();
		if (stripped.length() > max) {
			throw InvalidInput.of(field, "must be at most " + max + " characters");
		}
		return stripped;
	}

	public static <T> T present(String field, T value) {
		if (value == null) {
			throw InvalidInput.of(field, "must not be null");
		}
		return value;
	}

}

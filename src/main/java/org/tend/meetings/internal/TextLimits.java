package org.tend.meetings.internal;

/** The checks every free text of a meeting goes through before it is stored. */
public final class TextLimits {

	private TextLimits() {
	}

	/**
	 * The text with surrounding blanks removed, or null when nothing is left: an empty
	 * field is "not written", never an empty string.
	 */
	public static String optional(String field, String text, int maxLength) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String stripped = text.strip();
		if (stripped.length() > maxLength) {
			throw new IllegalArgumentException(field + " must be at most " + maxLength + " characters");
		}
		return stripped;
	}

}

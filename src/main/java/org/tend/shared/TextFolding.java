package org.tend.shared;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Text in lower case without accents: "Zoë Ñúñez" becomes "zoe nunez", so that the people
 * list sorts, search finds and an import matches names the same way on H2 and PostgreSQL,
 * whatever the database collation.
 */
public final class TextFolding {

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private TextFolding() {
	}

	public static String fold(String text) {
		if (isAscii(text)) {
			// plain ASCII has nothing to decompose, and most names and notes are plain
			// ASCII: an import folds each of its thousands of names a few times
			return text.toLowerCase(Locale.ROOT);
		}
		return MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("").toLowerCase(Locale.ROOT);
	}

	private static boolean isAscii(String text) {
		for (int i = 0; i < text.length(); i++) {
			if (text.charAt(i) >= 0x80) {
				return false;
			}
		}
		return true;
	}

}

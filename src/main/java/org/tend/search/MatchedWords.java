package org.tend.search;

import java.util.ArrayList;
import java.util.List;

import org.tend.shared.TextFolding;

/**
 * Finds, in a text, the words that start with a query word, as the index folds them
 * ("Café" starts with "cafe"). A word is a letter or digit followed by letters, digits
 * and combining marks, the same words as the pattern
 * {@code [\p{L}\p{N}][\p{L}\p{N}\p{M}]*}.
 * <p>
 * Written as one pass over the characters rather than that pattern and a fold per word: a
 * page of results cuts about 250 excerpts, and the pattern with the folds was most of a
 * search's time (bench/RESULTS.md). A word in plain ASCII, as most are, is compared in
 * place; any other word is folded as the index folded it.
 */
final class MatchedWords {

	private MatchedWords() {
	}

	/** Where the first matching word starts, or -1. */
	static int first(String text, List<String> words) {
		List<Match.Highlight> found = find(text, words, true);
		return found.isEmpty() ? -1 : found.get(0).start();
	}

	/** Every matching word, in order. */
	static List<Match.Highlight> all(String text, List<String> words) {
		return find(text, words, false);
	}

	private static List<Match.Highlight> find(String text, List<String> words, boolean firstOnly) {
		List<Match.Highlight> found = new ArrayList<>();
		int at = 0;
		int length = text.length();
		while (at < length) {
			int codePoint = text.codePointAt(at);
			if (!startsWord(codePoint)) {
				at += Character.charCount(codePoint);
				continue;
			}
			int start = at;
			boolean ascii = true;
			do {
				ascii &= codePoint < 0x80;
				at += Character.charCount(codePoint);
			}
			while (at < length && continuesWord(codePoint = text.codePointAt(at)));
			if (matches(text, start, at, ascii, words)) {
				found.add(new Match.Highlight(start, at));
				if (firstOnly) {
					break;
				}
			}
		}
		return found;
	}

	private static boolean matches(String text, int start, int end, boolean ascii, List<String> words) {
		if (ascii) {
			for (String word : words) {
				if (word.length() <= end - start && startsWithIgnoringAsciiCase(text, start, word)) {
					return true;
				}
			}
			return false;
		}
		String folded = TextFolding.fold(text.substring(start, end));
		for (String word : words) {
			if (folded.startsWith(word)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether the ASCII text at {@code start} begins with the folded query word: the word
	 * is in lower case, and an ASCII letter folds to its lower case and nothing else.
	 */
	private static boolean startsWithIgnoringAsciiCase(String text, int start, String word) {
		for (int i = 0; i < word.length(); i++) {
			char c = text.charAt(start + i);
			if (c >= 'A' && c <= 'Z') {
				c = (char) (c + ('a' - 'A'));
			}
			if (c != word.charAt(i)) {
				return false;
			}
		}
		return true;
	}

	private static boolean startsWord(int codePoint) {
		if (codePoint < 0x80) {
			return (codePoint >= 'a' && codePoint <= 'z') || (codePoint >= 'A' && codePoint <= 'Z')
					|| (codePoint >= '0' && codePoint <= '9');
		}
		return switch (Character.getType(codePoint)) {
			case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
					Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER,
					Character.LETTER_NUMBER, Character.OTHER_NUMBER ->
				true;
			default -> false;
		};
	}

	private static boolean continuesWord(int codePoint) {
		if (startsWord(codePoint)) {
			return true;
		}
		return switch (Character.getType(codePoint)) {
			case Character.NON_SPACING_MARK, Character.ENCLOSING_MARK, Character.COMBINING_SPACING_MARK -> true;
			default -> false;
		};
	}

	/**
	 * The text without leading and trailing white space, each run of spaces, tabs and
	 * line breaks inside it made one space (what {@code strip().replaceAll("\\s+", " ")}
	 * gives, without a pattern).
	 */
	static String flatten(String text) {
		String stripped = text.strip();
		if (!needsFlattening(stripped)) {
			return stripped;
		}
		StringBuilder flat = new StringBuilder(stripped.length());
		boolean inRun = false;
		for (int i = 0; i < stripped.length(); i++) {
			char c = stripped.charAt(i);
			if (!isPatternSpace(c)) {
				flat.append(c);
				inRun = false;
			}
			else if (!inRun) {
				flat.append(' ');
				inRun = true;
			}
		}
		return flat.toString();
	}

	/**
	 * Whether any space is other than a single ' ' (most texts: then nothing is copied).
	 */
	private static boolean needsFlattening(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (isPatternSpace(c) && (c != ' ' || (i + 1 < text.length() && isPatternSpace(text.charAt(i + 1))))) {
				return true;
			}
		}
		return false;
	}

	/**
	 * {@code \s} of Java's patterns: space, tab, line feed, vertical tab, form feed,
	 * return.
	 */
	private static boolean isPatternSpace(char c) {
		return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
	}

}

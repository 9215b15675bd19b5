package org.tend.search.internal;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Pattern;

import org.tend.shared.TextFolding;

/**
 * Splits text into index words: lower case, accents folded ("José" is found as "jose"),
 * words of one letter and the commonest English words dropped, so that a question typed
 * in plain words still finds what matters in it.
 */
public final class Tokenizer {

	public static final int MAX_TOKEN_LENGTH = 64;

	private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");

	private static final Set<String> STOP_WORDS = Set.of("a", "an", "and", "are", "as", "at", "be", "but", "by", "do",
			"does", "for", "from", "has", "have", "he", "her", "his", "i", "in", "is", "it", "its", "me", "my", "of",
			"on", "or", "she", "that", "the", "their", "them", "they", "this", "to", "was", "we", "were", "what", "who",
			"whom", "with", "you", "your", "know", "someone", "somebody", "anyone", "people");

	private Tokenizer() {
	}

	public static Set<String> tokens(String text) {
		Set<String> tokens = new LinkedHashSet<>();
		if (text == null || text.isBlank()) {
			return tokens;
		}
		for (String word : SEPARATORS.split(TextFolding.fold(text))) {
			if (word.length() < 2 || STOP_WORDS.contains(word)) {
				continue;
			}
			tokens.add(word.length() > MAX_TOKEN_LENGTH ? word.substring(0, MAX_TOKEN_LENGTH) : word);
		}
		return tokens;
	}

	/**
	 * The smallest string greater than every string starting with the prefix: a prefix
	 * search becomes a range scan of the (owner, token) index on H2 and PostgreSQL alike.
	 */
	public static String upperBound(String prefix) {
		int last = prefix.codePointBefore(prefix.length());
		int cut = prefix.length() - Character.charCount(last);
		return prefix.substring(0, cut) + new String(Character.toChars(last + 1));
	}

}

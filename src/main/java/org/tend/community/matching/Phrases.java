package org.tend.community.matching;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

import org.tend.shared.TextFolding;

/**
 * How the fit compares what members wrote: folded (lower case, no accents), cut into
 * words, without the little words every ask has ("help with", "advice on") and with a
 * plural's final s dropped, so that "Help with fundraising" meets "Fundraising".
 */
final class Phrases {

	private static final Set<String> LITTLE_WORDS = Set.of("a", "an", "the", "and", "or", "of", "for", "with", "to",
			"in", "on", "at", "by", "my", "our", "your", "some", "any", "about", "how", "help", "advice", "i", "me",
			"need", "want", "looking");

	private Phrases() {
	}

	/** The words that carry meaning, folded, in order. */
	static List<String> words(String text) {
		if (text == null) {
			return List.of();
		}
		List<String> words = new ArrayList<>();
		for (String word : TextFolding.fold(text).split("[^\\p{L}\\p{N}]+")) {
			if (word.isEmpty() || LITTLE_WORDS.contains(word)) {
				continue;
			}
			words.add(singular(word));
		}
		return List.copyOf(words);
	}

	/** A name compared as a whole: folded, words joined by one space. */
	static String key(String text) {
		if (text == null) {
			return "";
		}
		return String.join(" ", TextFolding.fold(text).trim().split("[^\\p{L}\\p{N}]+")).trim();
	}

	/**
	 * Whether an ask and an offer name the same thing: the words of one appear, in order
	 * and together, among the words of the other.
	 */
	static boolean meets(List<String> ask, List<String> offer) {
		if (ask.isEmpty() || offer.isEmpty()) {
			return false;
		}
		return (ask.size() >= offer.size()) ? Collections.indexOfSubList(ask, offer) >= 0
				: Collections.indexOfSubList(offer, ask) >= 0;
	}

	private static String singular(String word) {
		if (word.length() > 3 && word.endsWith("s") && !word.endsWith("ss")) {
			return word.substring(0, word.length() - 1);
		}
		return word;
	}

}

package org.tend.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.tend.search.internal.Tokenizer;
import org.tend.shared.TextFolding;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one-pass word finder against the pattern and folding it replaced, on seeded random
 * texts mixing plain ASCII with accents, combining marks, ligatures, letters outside the
 * basic plane and every kind of white space.
 */
class MatchedWordsTests {

	private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}\\p{M}]*");

	private static final String[] PIECES = { "a", "b", "c", "e", "i", "l", "m", "t", "C", "E", "I", "L", "M", "T", "0",
			"7", " ", " ", " ", "  ", "\t", "\n", "\r\n", "\u000B", "\f", ",", ".", "-", "'", "…", "é", "É", "e\u0301",
			"ß", "ı", "İ", "ﬁ", "\uD835\uDC00", "\u00A0", "\u2003", "ü", "ø", "名", "٣" };

	@Test
	void findsTheSameWordsAsThePatternAndTheFolding() {
		Random random = new Random(20261205);
		int withMatches = 0;
		int nonAscii = 0;
		for (int run = 0; run < 5000; run++) {
			String text = randomText(random);
			List<String> words = queryWords(random, text);
			List<Match.Highlight> expected = byPattern(text, words);
			withMatches += expected.isEmpty() ? 0 : 1;
			nonAscii += expected.stream()
				.anyMatch((h) -> !text.substring(h.start(), h.end()).chars().allMatch((c) -> c < 0x80)) ? 1 : 0;
			assertThat(MatchedWords.all(text, words)).as("%s in [%s]", words, text).isEqualTo(expected);
			assertThat(MatchedWords.first(text, words)).as("%s in [%s]", words, text)
				.isEqualTo(expected.isEmpty() ? -1 : expected.get(0).start());
		}
		// the comparison means something only where words are found, ASCII or not
		assertThat(withMatches).isGreaterThan(1000);
		assertThat(nonAscii).isGreaterThan(200);
	}

	@Test
	void flattensWhiteSpaceAsThePatternDid() {
		Random random = new Random(5);
		for (int run = 0; run < 5000; run++) {
			String text = randomText(random);
			assertThat(MatchedWords.flatten(text)).as("[%s]", text).isEqualTo(text.strip().replaceAll("\\s+", " "));
		}
	}

	@Test
	void marksAccentedAndUpperCaseWordsAndNotTheMiddleOfAWord() {
		String text = "Cafe\u0301 CAFES recafe café-farm";
		assertThat(MatchedWords.all(text, List.of("cafe")).stream().map((h) -> text.substring(h.start(), h.end())))
			.containsExactly("Cafe\u0301", "CAFES", "café");
	}

	private static String randomText(Random random) {
		StringBuilder text = new StringBuilder();
		int pieces = random.nextInt(40);
		for (int i = 0; i < pieces; i++) {
			text.append(PIECES[random.nextInt(PIECES.length)]);
		}
		return text.toString();
	}

	/**
	 * Query words as a search makes them: tokens of a part of the text, or of random
	 * text.
	 */
	private static List<String> queryWords(Random random, String text) {
		String source = (random.nextBoolean() && !text.isEmpty()) ? text.substring(random.nextInt(text.length()))
				: randomText(random);
		List<String> words = new ArrayList<>();
		for (String token : Tokenizer.tokens(source)) {
			int length = 1 + random.nextInt(token.length());
			words.add(token.substring(0, Math.min(token.length(), length + 1)));
		}
		return words;
	}

	private static List<Match.Highlight> byPattern(String text, List<String> words) {
		List<Match.Highlight> found = new ArrayList<>();
		Matcher matcher = WORD.matcher(text);
		while (matcher.find()) {
			String folded = TextFolding.fold(matcher.group());
			if (words.stream().anyMatch(folded::startsWith)) {
				found.add(new Match.Highlight(matcher.start(), matcher.end()));
			}
		}
		return found;
	}

}

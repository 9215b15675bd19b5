package org.tend.interchange.importing;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The importer skips its regular expressions for text they would not change; on any text
 * the answer must be what the expressions alone give. Seeded random texts from a pool of
 * the characters that matter (spaces of every kind, tabs, line breaks, controls, accents,
 * emoji), as decision 12 describes.
 */
class TextFastPathsTests {

	private static final String POOL = "ab Zé \t\n\r\u000b\u0000\u007f\u00a0\u2003\u3000Ñ小🌱-.,@%";

	private static final Pattern CELL_SPACES = Pattern.compile("[\\s\\p{Cntrl}]+");

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private static final Pattern SPACES = Pattern.compile("\\s+");

	@Test
	void fittingACellGivesWhatTheExpressionGivesForAnyText() {
		Random random = new Random(12);
		for (int i = 0; i < 20_000; i++) {
			String text = randomText(random);
			String expected = CELL_SPACES.matcher(text).replaceAll(" ").strip();

			assertThat(ContactDraft.fit(text, Integer.MAX_VALUE)).as("fit(%s)", escaped(text))
				.isEqualTo(expected.isEmpty() ? null : expected);
		}
	}

	@Test
	void foldingANameGivesWhatNormalisingGivesForAnyText() {
		Random random = new Random(13);
		for (int i = 0; i < 20_000; i++) {
			String text = randomText(random);
			String bare = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD))
				.replaceAll("")
				.toLowerCase(Locale.ROOT);

			assertThat(MatchKeys.fold(text)).as("fold(%s)", escaped(text))
				.isEqualTo(SPACES.matcher(bare).replaceAll(" ").strip());
		}
	}

	@Test
	void aLinkedInProfileIsTheSameKeyWithOrWithoutPercentEncoding() {
		assertThat(MatchKeys.linkedIn("https://www.linkedin.com/in/zo%C3%AB-n%C3%BA%C3%B1ez-42"))
			.isEqualTo(MatchKeys.linkedIn("https://www.linkedin.com/in/zoë-núñez-42"))
			.isEqualTo("linkedin.com/in/zoë-núñez-42");
		assertThat(MatchKeys.linkedIn("linkedin.com/in/a+b")).isEqualTo("linkedin.com/in/a+b");
		assertThat(MatchKeys.linkedIn("https://example.org/in/someone")).isNull();
	}

	private static String randomText(Random random) {
		StringBuilder text = new StringBuilder();
		int length = random.nextInt(12);
		for (int i = 0; i < length; i++) {
			int at = random.nextInt(POOL.length());
			if (Character.isHighSurrogate(POOL.charAt(at))) {
				text.append(POOL, at, at + 2);
			}
			else if (!Character.isLowSurrogate(POOL.charAt(at))) {
				text.append(POOL.charAt(at));
			}
		}
		return text.toString();
	}

	private static String escaped(String text) {
		StringBuilder out = new StringBuilder();
		text.chars().forEach((c) -> out.append((c < 0x20 || c > 0x7e) ? String.format("\\u%04x", c) : (char) c));
		return out.toString();
	}

}

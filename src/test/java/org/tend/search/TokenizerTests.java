package org.tend.search;

import org.junit.jupiter.api.Test;
import org.tend.search.internal.Tokenizer;

import static org.assertj.core.api.Assertions.assertThat;

class TokenizerTests {

	@Test
	void foldsAccentsAndCase() {
		assertThat(Tokenizer.tokens("José Ñúñez, ZOË")).containsExactly("jose", "nunez", "zoe");
	}

	@Test
	void dropsStopWordsAndSingleLetters() {
		assertThat(Tokenizer.tokens("Who do I know who works on climate data?")).containsExactly("works", "climate",
				"data");
	}

	@Test
	void keepsNonLatinScriptsAndDigits() {
		assertThat(Tokenizer.tokens("李小龍 met at PyCon 2024 🌱")).containsExactly("李小龍", "met", "pycon", "2024");
	}

	@Test
	void cutsVeryLongWords() {
		assertThat(Tokenizer.tokens("x".repeat(100))).singleElement()
			.satisfies((token) -> assertThat(token).hasSize(Tokenizer.MAX_TOKEN_LENGTH));
	}

	@Test
	void upperBoundIsJustPastEveryWordWithThePrefix() {
		assertThat(Tokenizer.upperBound("clim")).isEqualTo("clin");
		assertThat("climate").isGreaterThanOrEqualTo("clim").isLessThan(Tokenizer.upperBound("clim"));
		assertThat("clio").isGreaterThan(Tokenizer.upperBound("clim"));
	}

	@Test
	void emptyOrBlankTextHasNoTokens() {
		assertThat(Tokenizer.tokens(null)).isEmpty();
		assertThat(Tokenizer.tokens("  ,, ")).isEmpty();
	}

}

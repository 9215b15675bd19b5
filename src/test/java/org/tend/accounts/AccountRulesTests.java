package org.tend.accounts;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AccountRulesTests {

	@Test
	void anEmailHasOneSpelling() {
		assertThat(AccountsService.normaliseEmail("  Zoe\u0308@Example.ORG ")).isEqualTo("zo\u00eb@example.org");
	}

	@Test
	void aPasswordNeedsTwelveCharactersCountingEmojiAsOne() {
		assertThat(problem("eleven char")).isEqualTo("short");
		assertThat(problem("twelve chars")).isNull();
		assertThat(problem("🌱".repeat(12))).isNull();
		assertThat(problem("🌱".repeat(11))).isEqualTo("short");
	}

	@Test
	void aPasswordEndsWhereBcryptStopsReading() {
		assertThat(problem("a".repeat(72))).isNull();
		assertThat(problem("a".repeat(73))).isEqualTo("long");
		// 36 letters, 72 bytes
		assertThat(problem("ñ".repeat(36))).isNull();
		assertThat(problem("ñ".repeat(37))).isEqualTo("long");
	}

	private static String problem(String password) {
		return ValidPassword.Check.problem(password, "short", "long");
	}

}

package org.tend.accounts;

import org.junit.jupiter.api.Test;
import org.tend.accounts.internal.AccountRepository;

import static org.assertj.core.api.Assertions.assertThat;

class AccountRulesTests {

	private static final String SEVENTY_TWO = "correct horse battery staple, then a sentence running on to byte seventy";

	@Test
	void anEmailHasOneSpelling() {
		assertThat(AccountRepository.normaliseEmail("  Zoe\u0308@Example.ORG ")).isEqualTo("zo\u00eb@example.org");
	}

	@Test
	void aPasswordNeedsTwelveCharactersCountingEmojiAsOne() {
		assertThat(problem("eleven char")).isEqualTo("short");
		assertThat(problem("twelve chars")).isNull();
		assertThat(problem("🌱🌿🍀🌻🌼🌷🌹🌺🌸💐🍁🍂")).isNull();
		assertThat(problem("🌱🌿🍀🌻🌼🌷🌹🌺🌸💐🍁")).isEqualTo("short");
	}

	@Test
	void aPasswordEndsWhereBcryptStopsReading() {
		assertThat(problem(SEVENTY_TWO)).isNull();
		assertThat(problem(SEVENTY_TWO + "!")).isEqualTo("long");
		// 36 letters, 72 bytes
		assertThat(problem("заλζегιωονдψкπαυжθχлξγйηρβτμиσвεδбκφ")).isNull();
		assertThat(problem("заλζегιωονдψкπαυжθχлξγйηρβτμиσвεδбκφñ")).isEqualTo("long");
	}

	@Test
	void commonAndRepetitivePasswordsAreRefused() {
		for (String weak : new String[] { "aaaaaaaaaaaa", "123456789012", "abababababab", "abcabcabcabc",
				"Password1234", "qwertyuiopas", "1qaz2wsx3edc", "987654321098", "abcdefghijkl",
				"🌱🌱🌱🌱🌱🌱🌱🌱🌱🌱🌱🌱", "passwordpassword" }) {
			assertThat(problem(weak)).as(weak).isEqualTo("weak");
		}
		for (String fine : new String[] { "correct horse battery", "twelve chars", "Zoë's garden 1987",
				"a brand new passphrase", "7g#Lq2!mZp9x" }) {
			assertThat(problem(fine)).as(fine).isNull();
		}
	}

	private static String problem(String password) {
		return ValidPassword.Check.problem(password, "short", "long", "weak");
	}

}

package org.tend.accounts;

import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** The same repository behaviour, run on H2 and on PostgreSQL by the subclasses. */
abstract class AccountRepositoryContract {

	@Autowired
	AccountRepository accounts;

	@Autowired
	AccessTokenRepository tokens;

	private final Instant now = Instant.parse("2026-11-23T09:00:00Z");

	@Test
	void storesAndFindsAnAccountByEmail() {
		Account account = account("zoë@example.org");
		this.accounts.insert(account, "{bcrypt}hash");

		assertThat(this.accounts.findByEmail("zoë@example.org")).contains(account);
		assertThat(this.accounts.passwordHash(account.id())).contains("{bcrypt}hash");
		assertThat(this.accounts.emailExists("nobody@example.org")).isFalse();
	}

	@Test
	void refusesASecondAccountWithTheSameEmail() {
		this.accounts.insert(account("ana@example.org"), "h");

		assertThatExceptionOfType(DuplicateKeyException.class)
			.isThrownBy(() -> this.accounts.insert(account("ana@example.org"), "h"));
	}

	@Test
	void revokedTokensNoLongerAuthenticate() {
		Account account = account("sam@example.org");
		this.accounts.insert(account, "h");
		AccessToken token = new AccessToken(UUID.randomUUID(), "script", this.now, null, null);
		this.tokens.insert(account.id(), token, "hash-1");

		assertThat(this.tokens.accountForActiveToken("hash-1")).contains(account.id());
		assertThat(this.tokens.revoke(UUID.randomUUID(), token.id(), this.now)).isFalse();
		assertThat(this.tokens.revoke(account.id(), token.id(), this.now)).isTrue();
		assertThat(this.tokens.accountForActiveToken("hash-1")).isEmpty();
		assertThat(this.tokens.findByAccount(account.id())).singleElement()
			.satisfies((listed) -> assertThat(listed.active()).isFalse());
	}

	private Account account(String email) {
		return new Account(UUID.randomUUID(), email, "Zoë", ZoneId.of("Europe/Madrid"), false,
				this.now.truncatedTo(ChronoUnit.MILLIS));
	}

}

package org.tend.accounts.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.tend.accounts.AccessToken;
import org.tend.accounts.Account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The same repository behaviour, run on H2 and on PostgreSQL by the subclasses.
 * {@code @Transactional} must be here, on the class declaring the test methods: Spring
 * looks for it there, not on the subclass, and without it every test would commit.
 */
@Transactional
abstract class AccountRepositoryContract {

	@Autowired
	AccountRepository accounts;

	@Autowired
	AccessTokenRepository tokens;

	@Autowired
	InvitationRepository invitations;

	private final Instant now = Instant.parse("2026-11-23T09:00:00Z");

	@Test
	void runsInATransactionThatIsRolledBack() {
		assertThat(TransactionSynchronizationManager.isActualTransactionActive()).isTrue();
	}

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

	@Test
	void updatesProfileAndPasswordHash() {
		Account account = account("li@example.org");
		this.accounts.insert(account, "{bcrypt}old");

		this.accounts.updateProfile(account.id(), "李小龍", ZoneId.of("Asia/Hong_Kong"));
		this.accounts.updatePasswordHash(account.id(), "{bcrypt}new");

		assertThat(this.accounts.findById(account.id())).get()
			.satisfies((found) -> assertThat(found.displayName()).isEqualTo("李小龍"))
			.satisfies((found) -> assertThat(found.zone()).isEqualTo(ZoneId.of("Asia/Hong_Kong")));
		assertThat(this.accounts.passwordHash(account.id())).contains("{bcrypt}new");
	}

	@Test
	void countsRealMembersButNotSampleDataAccounts() {
		long before = this.accounts.countMembers();
		this.accounts.insert(account("kai@example.org"), "h");
		this.accounts.insert(
				new Account(UUID.randomUUID(), "demo-1@demo.tend.invalid", "Sample", ZoneId.of("UTC"), true, this.now),
				"h");

		assertThat(this.accounts.countMembers()).isEqualTo(before + 1);
	}

	@Test
	void recordsTokenUseAtMostOnceAMinute() {
		Account account = account("sam@example.org");
		this.accounts.insert(account, "h");
		this.tokens.insert(account.id(), new AccessToken(UUID.randomUUID(), "script", this.now, null, null), "hash-2");

		this.tokens.markUsed("hash-2", this.now.plusSeconds(10));
		this.tokens.markUsed("hash-2", this.now.plusSeconds(30));
		assertThat(this.tokens.findByAccount(account.id()).getFirst().lastUsedAt()).isEqualTo(this.now.plusSeconds(10));

		this.tokens.markUsed("hash-2", this.now.plusSeconds(75));
		assertThat(this.tokens.findByAccount(account.id()).getFirst().lastUsedAt()).isEqualTo(this.now.plusSeconds(75));
	}

	@Test
	void anInvitationIsSpentOnce() {
		Account host = account("host@example.org");
		Account first = account("first@example.org");
		Account second = account("second@example.org");
		this.accounts.insert(host, "h");
		this.accounts.insert(first, "h");
		this.accounts.insert(second, "h");
		this.invitations.insert(UUID.randomUUID(), host.id(), "code-1", this.now);
		Instant notBefore = this.now.minusSeconds(60);

		assertThat(this.invitations.isUsable("code-1", notBefore)).isTrue();
		assertThat(this.invitations.countOpen(host.id(), notBefore)).isOne();
		assertThat(this.invitations.spend("code-1", first.id(), this.now.plusSeconds(5), notBefore)).isTrue();
		assertThat(this.invitations.spend("code-1", second.id(), this.now.plusSeconds(6), notBefore)).isFalse();
		assertThat(this.invitations.isUsable("code-1", notBefore)).isFalse();
		assertThat(this.invitations.countOpen(host.id(), notBefore)).isZero();
		assertThat(this.invitations.isUsable("no-such-code", notBefore)).isFalse();
	}

	@Test
	void anExpiredInvitationCannotBeSpent() {
		Account host = account("host@example.org");
		Account guest = account("guest@example.org");
		this.accounts.insert(host, "h");
		this.accounts.insert(guest, "h");
		this.invitations.insert(UUID.randomUUID(), host.id(), "code-2", this.now);
		Instant later = this.now.plusSeconds(1);

		assertThat(this.invitations.isUsable("code-2", later)).isFalse();
		assertThat(this.invitations.countOpen(host.id(), later)).isZero();
		assertThat(this.invitations.spend("code-2", guest.id(), later, later)).isFalse();
	}

	private Account account(String email) {
		return new Account(UUID.randomUUID(), email, "Zoë", ZoneId.of("Europe/Madrid"), false,
				this.now.truncatedTo(ChronoUnit.MILLIS));
	}

}

package org.tend.accounts.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.tend.accounts.AccountsProperties;
import org.tend.accounts.AccountsService;
import org.tend.accounts.SignupMode;
import org.tend.accounts.SignupRefused;
import org.tend.shared.Ids;
import org.tend.shared.Secrets;

/**
 * Sign-up by invite: single-use codes, good for
 * {@link AccountsService#INVITATION_VALID_FOR}, of which only a hash is stored.
 */
@Component
public class Invitations {

	static final String PREFIX = "inv_";

	private final InvitationRepository repository;

	private final AccountRepository accounts;

	private final AccountsProperties properties;

	private final Clock clock;

	Invitations(InvitationRepository repository, AccountRepository accounts, AccountsProperties properties,
			Clock clock) {
		this.repository = repository;
		this.accounts = accounts;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * True while the server has no member yet: somebody has to be first, and that first
	 * member signs up without an invitation.
	 */
	public boolean awaitingFirstMember() {
		return this.accounts.countMembers() == 0;
	}

	/**
	 * The hash of the invitation a sign-up must spend, or null for the first member.
	 * Called before the email is looked at, so that without a valid invitation nobody
	 * learns which emails have accounts.
	 */
	public String requireUsable(String code) {
		if (awaitingFirstMember()) {
			return null;
		}
		if (code == null || code.isBlank()) {
			throw SignupRefused.invitationNeeded();
		}
		String hash = Secrets.hash(code.strip());
		if (!this.repository.isUsable(hash, oldestValid())) {
			throw SignupRefused.invitationNeeded();
		}
		return hash;
	}

	public void spend(String hash, UUID accountId) {
		if (!this.repository.spend(hash, accountId, this.clock.instant(), oldestValid())) {
			// another sign-up spent it meanwhile: the account insert rolls back with this
			throw SignupRefused.invitationNeeded();
		}
	}

	/**
	 * Only when sign-up is by invite, and never from a sample-data account (anybody can
	 * make one, so it would open an invite-only server).
	 */
	public boolean mayInvite(UUID accountId) {
		return this.properties.signup() == SignupMode.INVITE
				&& this.accounts.findById(accountId).filter((account) -> !account.demo()).isPresent();
	}

	public String create(UUID accountId) {
		if (!mayInvite(accountId)) {
			throw new IllegalStateException("This member cannot invite on this server");
		}
		String code = Secrets.newSecret(PREFIX);
		this.repository.insert(Ids.newId(), accountId, Secrets.hash(code), this.clock.instant());
		return code;
	}

	public long open(UUID accountId) {
		return this.repository.countOpen(accountId, oldestValid());
	}

	private Instant oldestValid() {
		return this.clock.instant().minus(AccountsService.INVITATION_VALID_FOR);
	}

}

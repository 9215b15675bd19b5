package org.tend.accounts;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tend.shared.Ids;

/** The accounts module's facade. */
@Service
public class AccountsService {

	static final String TOKEN_PREFIX = "tend_";

	static final String INVITATION_PREFIX = "inv_";

	private final AccountRepository accounts;

	private final AccessTokenRepository tokens;

	private final InvitationRepository invitations;

	private final PasswordEncoder passwordEncoder;

	private final AccountsProperties properties;

	private final Clock clock;

	AccountsService(AccountRepository accounts, AccessTokenRepository tokens, InvitationRepository invitations,
			PasswordEncoder passwordEncoder, AccountsProperties properties, Clock clock) {
		this.accounts = accounts;
		this.tokens = tokens;
		this.invitations = invitations;
		this.passwordEncoder = passwordEncoder;
		this.properties = properties;
		this.clock = clock;
	}

	public SignupMode signupMode() {
		return this.properties.signup();
	}

	/** Creates an account as the sign-up settings allow. */
	@Transactional
	public Account signUp(SignUp request) {
		if (signupMode() == SignupMode.CLOSED) {
			throw SignupRefused.closed();
		}
		Account account = create(request.email(), request.password(), request.displayName(), ZoneId.of("UTC"), false);
		if (signupMode() == SignupMode.INVITE && (request.invitation() == null
				|| !this.invitations.spend(Secrets.hash(request.invitation().strip()), account.id(), now()))) {
			// the account insert above rolls back with this exception
			throw SignupRefused.invitationNeeded();
		}
		return account;
	}

	/**
	 * Creates a throw-away account for exploring with sample data, whatever the sign-up
	 * settings: it holds nothing but generated data.
	 */
	@Transactional
	public Account createDemoAccount(String displayName, ZoneId zone) {
		String email = "demo-" + UUID.randomUUID().toString().substring(0, 8) + "@demo.tend.invalid";
		return create(email, Secrets.newSecret(""), displayName, zone, true);
	}

	private Account create(String email, String password, String displayName, ZoneId zone, boolean demo) {
		String normalisedEmail = normaliseEmail(email);
		if (this.accounts.emailExists(normalisedEmail)) {
			throw SignupRefused.emailTaken();
		}
		Account account = new Account(Ids.newId(), normalisedEmail, displayName.strip(), zone, demo, now());
		this.accounts.insert(account, this.passwordEncoder.encode(password));
		return account;
	}

	public Optional<Account> findById(UUID id) {
		return this.accounts.findById(id);
	}

	public Optional<Account> findByEmail(String email) {
		return this.accounts.findByEmail(normaliseEmail(email));
	}

	/**
	 * Changes the password after checking the current one; false when the current one is
	 * wrong.
	 */
	@Transactional
	public boolean changePassword(UUID accountId, String currentPassword, String newPassword) {
		if (newPassword == null || newPassword.length() < 12) {
			throw new IllegalArgumentException("The new password must be at least 12 characters");
		}
		String hash = this.accounts.passwordHash(accountId).orElseThrow();
		if (!this.passwordEncoder.matches(currentPassword, hash)) {
			return false;
		}
		this.accounts.updatePasswordHash(accountId, this.passwordEncoder.encode(newPassword));
		return true;
	}

	@Transactional
	public void updateProfile(UUID accountId, String displayName, ZoneId zone) {
		this.accounts.updateProfile(accountId, displayName.strip(), zone);
	}

	@Transactional
	public NewToken createToken(UUID accountId, String name) {
		String secret = Secrets.newSecret(TOKEN_PREFIX);
		AccessToken token = new AccessToken(Ids.newId(), name.strip(), now(), null, null);
		this.tokens.insert(accountId, token, Secrets.hash(secret));
		return new NewToken(token, secret);
	}

	public List<AccessToken> tokens(UUID accountId) {
		return this.tokens.findByAccount(accountId);
	}

	/**
	 * Revokes one of the member's own tokens; false when the member has no such active
	 * token.
	 */
	@Transactional
	public boolean revokeToken(UUID accountId, UUID tokenId) {
		return this.tokens.revoke(accountId, tokenId, now());
	}

	/**
	 * The member a bearer token stands for, when the token exists and was not revoked.
	 */
	@Transactional
	public Optional<CurrentMember> memberForToken(String secret) {
		if (secret == null || !secret.startsWith(TOKEN_PREFIX)) {
			return Optional.empty();
		}
		String hash = Secrets.hash(secret);
		Optional<CurrentMember> member = this.tokens.accountForActiveToken(hash)
			.flatMap(this.accounts::findById)
			.map(Account::asCurrentMember);
		member.ifPresent((found) -> this.tokens.markUsed(hash, now()));
		return member;
	}

	/**
	 * A single-use invitation code for sign-up by invite, shown once to the member who
	 * made it.
	 */
	@Transactional
	public String createInvitation(UUID accountId) {
		String code = Secrets.newSecret(INVITATION_PREFIX);
		this.invitations.insert(Ids.newId(), accountId, Secrets.hash(code), now());
		return code;
	}

	static String normaliseEmail(String email) {
		return email.strip().toLowerCase(Locale.ROOT);
	}

	private Instant now() {
		return this.clock.instant();
	}

}

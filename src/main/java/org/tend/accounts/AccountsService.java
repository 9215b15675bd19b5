package org.tend.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tend.accounts.internal.AccessTokenRepository;
import org.tend.accounts.internal.AccountDeletion;
import org.tend.accounts.internal.AccountRepository;
import org.tend.accounts.internal.Invitations;
import org.tend.accounts.internal.LoginThrottle;
import org.tend.accounts.internal.WeakPasswords;
import org.tend.shared.Ids;
import org.tend.shared.Secrets;
import org.tend.shared.web.InvalidInput;

/** The accounts module's facade. */
@Service
public class AccountsService {

	static final String TOKEN_PREFIX = "tend_";

	/** An invitation link that leaks later is worth nothing after this. */
	public static final Duration INVITATION_VALID_FOR = Duration.ofDays(30);

	private final AccountRepository accounts;

	private final AccessTokenRepository tokens;

	private final Invitations invitations;

	private final PasswordEncoder passwordEncoder;

	private final AccountsProperties properties;

	private final Clock clock;

	private final AccountDeletion deletion;

	private final LoginThrottle throttle;

	AccountsService(AccountRepository accounts, AccessTokenRepository tokens, Invitations invitations,
			PasswordEncoder passwordEncoder, AccountsProperties properties, Clock clock, AccountDeletion deletion,
			LoginThrottle throttle) {
		this.throttle = throttle;
		this.accounts = accounts;
		this.tokens = tokens;
		this.invitations = invitations;
		this.passwordEncoder = passwordEncoder;
		this.properties = properties;
		this.clock = clock;
		this.deletion = deletion;
	}

	public SignupMode signupMode() {
		return this.properties.signup();
	}

	/**
	 * Whether visitors may explore with a sample-data account: as {@code TEND_DEMO} says,
	 * else only when sign-up is open (a demo account is an account, and on a closed
	 * server it opened a door the operator had shut).
	 */
	public boolean demoAllowed() {
		return (this.properties.demo() != null) ? this.properties.demo() : signupMode() == SignupMode.OPEN;
	}

	/** How many demo accounts one client address may make in an hour. */
	public int demoPerHour() {
		return this.properties.demoPerHour();
	}

	/**
	 * True while a server with sign-up by invite has no member yet: somebody has to be
	 * first, and that first member signs up without an invitation.
	 */
	public boolean awaitingFirstMember() {
		return this.invitations.awaitingFirstMember();
	}

	/** Creates an account as the sign-up settings allow. */
	@Transactional
	public Account signUp(SignUp request) {
		if (signupMode() == SignupMode.CLOSED) {
			throw SignupRefused.closed();
		}
		ZoneId zone = zoneOf(request.timeZone());
		String invitation = (signupMode() == SignupMode.INVITE) ? this.invitations.requireUsable(request.invitation())
				: null;
		Account account = create(request.email(), request.password(), request.displayName(), zone, false);
		if (invitation != null) {
			this.invitations.spend(invitation, account.id());
		}
		return account;
	}

	/**
	 * Creates a throw-away account for exploring with sample data, whatever the sign-up
	 * settings: it holds nothing but generated data, cannot sign in with a password and
	 * cannot invite anybody.
	 */
	@Transactional
	public Account createDemoAccount(String displayName, ZoneId zone) {
		String email = "demo-" + UUID.randomUUID().toString().substring(0, 8) + "@demo.tend.invalid";
		return create(email, Secrets.newSecret(""), displayName, zone, true);
	}

	private Account create(String email, String password, String displayName, ZoneId zone, boolean demo) {
		requireAcceptablePassword(password);
		String normalisedEmail = AccountRepository.normaliseEmail(email);
		if (this.accounts.emailExists(normalisedEmail)) {
			throw SignupRefused.emailTaken();
		}
		Account account = new Account(Ids.newId(), normalisedEmail, requireDisplayName(displayName),
				Objects.requireNonNull(zone), demo, now());
		try {
			this.accounts.insert(account, this.passwordEncoder.encode(password));
		}
		catch (DuplicateKeyException ex) {
			// a concurrent sign-up with the same email won the race
			throw SignupRefused.emailTaken();
		}
		return account;
	}

	public Optional<Account> findById(UUID id) {
		return this.accounts.findById(id);
	}

	/**
	 * The addresses of the real members among the ids (a sample-data account has none to
	 * write to), in a few queries however many ids.
	 */
	public Map<UUID, String> realEmails(Collection<UUID> ids) {
		return ids.isEmpty() ? Map.of() : this.accounts.realEmails(ids);
	}

	/**
	 * Real members (never a sample-data account) in a stable order, a page at a time, for
	 * jobs that visit every member: those after the given id (null: from the first).
	 */
	public List<Account> members(UUID after, int limit) {
		return this.accounts.membersAfter(after, Math.clamp(limit, 1, 1000));
	}

	public Optional<Account> findByEmail(String email) {
		return this.accounts.findByEmail(AccountRepository.normaliseEmail(email));
	}

	/**
	 * Changes the password after checking the current one; false when the current one is
	 * wrong. The member's API tokens are revoked with it: a password is changed when it
	 * may have leaked, and a token made with it would otherwise outlive it.
	 */
	@Transactional
	public boolean changePassword(UUID accountId, String currentPassword, String newPassword) {
		requireAcceptablePassword(newPassword);
		// the current-password check is a sign-in by another door: the same throttle, so
		// a
		// borrowed session cannot guess the password at full speed
		String email = this.accounts.findById(accountId).orElseThrow().email();
		Duration wait = this.throttle.retryAfter(email, null);
		if (wait.isPositive()) {
			throw new PasswordCheckThrottled(wait);
		}
		String hash = this.accounts.passwordHash(accountId).orElseThrow();
		if (currentPassword == null || !this.passwordEncoder.matches(currentPassword, hash)) {
			this.throttle.recordFailure(email, null);
			return false;
		}
		this.throttle.recordSuccess(email);
		this.accounts.updatePasswordHash(accountId, this.passwordEncoder.encode(newPassword));
		this.tokens.revokeAll(accountId, now());
		return true;
	}

	/**
	 * Deletes the member's account and their whole journal, its tokens and sessions with
	 * it, when the password is theirs; false (and nothing deleted) when it is not.
	 */
	@Transactional
	public boolean deleteAccount(UUID accountId, String password) {
		String hash = this.accounts.passwordHash(accountId).orElseThrow();
		if (password == null || !this.passwordEncoder.matches(password, hash)) {
			return false;
		}
		return this.deletion.delete(List.of(accountId)) == 1;
	}

	/**
	 * The zone a sign-up names, UTC when it names none.
	 * @throws InvalidInput on {@code timeZone} for a name Java does not know
	 */
	private static ZoneId zoneOf(String timeZone) {
		if (timeZone == null || timeZone.isBlank()) {
			return ZoneId.of("UTC");
		}
		if (!ZoneId.getAvailableZoneIds().contains(timeZone.strip())) {
			throw InvalidInput.of("timeZone",
					"'timeZone' must be a time zone name like Europe/Madrid or America/New_York");
		}
		return ZoneId.of(timeZone.strip());
	}

	/** Changes the display name and time zone, answering the account as it is now. */
	@Transactional
	public Account updateProfile(UUID accountId, String displayName, ZoneId zone) {
		this.accounts.updateProfile(accountId, requireDisplayName(displayName), Objects.requireNonNull(zone));
		return this.accounts.findById(accountId).orElseThrow();
	}

	@Transactional
	public NewToken createToken(UUID accountId, String name) {
		if (name == null || name.isBlank() || name.strip().length() > 100) {
			throw new IllegalArgumentException("A token needs a name of at most 100 characters");
		}
		if (this.accounts.findById(accountId).map(Account::demo).orElse(true)) {
			// a throw-away account anyone can make must not become a lasting API key
			throw new IllegalArgumentException("A sample-data account cannot make API tokens");
		}
		String secret = Secrets.newSecret(TOKEN_PREFIX);
		AccessToken token = new AccessToken(Ids.newId(), name.strip(), now(), null, null);
		this.tokens.insert(accountId, token, Secrets.hash(secret));
		return new NewToken(token, secret);
	}

	/** The member's tokens, newest first, revoked ones included. */
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
	 * Whether this member may invite: only when sign-up is by invite, and never from a
	 * sample-data account.
	 */
	public boolean mayInvite(UUID accountId) {
		return this.invitations.mayInvite(accountId);
	}

	/**
	 * A single-use invitation code for sign-up by invite, good for
	 * {@link #INVITATION_VALID_FOR} and shown once to the member who made it.
	 */
	@Transactional
	public String createInvitation(UUID accountId) {
		return this.invitations.create(accountId);
	}

	/** How many of the member's invitations are still waiting to be used. */
	public long openInvitations(UUID accountId) {
		return this.invitations.open(accountId);
	}

	private static void requireAcceptablePassword(String password) {
		String problem = ValidPassword.Check.problem(password, "The password must be at least 12 characters",
				"The password must be at most 72 bytes in UTF-8", "The password " + WeakPasswords.PROBLEM);
		if (password == null || problem != null) {
			throw new IllegalArgumentException(problem == null ? "A password is needed" : problem);
		}
	}

	private static String requireDisplayName(String displayName) {
		if (displayName == null || displayName.isBlank() || displayName.strip().length() > 100) {
			throw new IllegalArgumentException("A display name of 1 to 100 characters is needed");
		}
		return displayName.strip();
	}

	private Instant now() {
		return this.clock.instant();
	}

}

package org.tend.introductions;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tend.accounts.Account;
import org.tend.accounts.AccountsService;
import org.tend.community.Community;
import org.tend.community.CommunityMember;
import org.tend.community.CommunityService;
import org.tend.introductions.internal.IntroductionRequestMails;
import org.tend.introductions.internal.IntroductionRequestRepository;
import org.tend.introductions.internal.IntroductionRequestRepository.RequestRow;
import org.tend.introductions.internal.MemberLocks;
import org.tend.introductions.internal.PeopleByAddress;
import org.tend.mail.MailKind;
import org.tend.mail.MailOutbox;
import org.tend.mail.MailPreferencesService;
import org.tend.people.PeopleService;
import org.tend.shared.Ids;
import org.tend.shared.web.InvalidInput;

/**
 * Asking another member of a community for an introduction ("can you introduce me to
 * someone in climate finance?"). The member asked decides whether and whom: they answer
 * "not now", or start a double opt-in introduction between the asker and a person of
 * their own journal ({@link IntroductionsService#ask}). The asker sees only where the
 * request stands; nothing from the journal of the member asked is ever shown to them, and
 * the asker enters that journal only when its owner acts.
 */
@Service
public class IntroductionRequestsService {

	static final int LISTED = 100;

	private final IntroductionRequestRepository requests;

	private final MemberLocks locks;

	private final IntroductionsService introductions;

	private final CommunityService communities;

	private final AccountsService accounts;

	private final PeopleService people;

	private final PeopleByAddress journal;

	private final MailOutbox outbox;

	private final MailPreferencesService mailPreferences;

	private final IntroductionRequestMails mails;

	private final IntroductionRequestProperties properties;

	private final Clock clock;

	IntroductionRequestsService(IntroductionRequestRepository requests, MemberLocks locks,
			IntroductionsService introductions, CommunityService communities, AccountsService accounts,
			PeopleService people, PeopleByAddress journal, MailOutbox outbox, MailPreferencesService mailPreferences,
			IntroductionRequestMails mails, IntroductionRequestProperties properties, Clock clock) {
		this.requests = requests;
		this.locks = locks;
		this.introductions = introductions;
		this.communities = communities;
		this.accounts = accounts;
		this.people = people;
		this.journal = journal;
		this.outbox = outbox;
		this.mailPreferences = mailPreferences;
		this.mails = mails;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Sends the request to another member of the community, with a mail to them through
	 * the outbox unless they switched these mails off.
	 * @throws org.tend.community.CommunityNotFound unless both are active members of the
	 * community
	 * @throws InvalidInput naming {@code toMemberId} or {@code text}
	 * @throws IntroductionRequestRefused when the member asked takes no requests now, or
	 * the asker sent as many as a day allows
	 */
	@Transactional
	public IntroductionRequest ask(UUID askerId, UUID communityId, NewIntroductionRequest command) {
		if (command.toMemberId() == null) {
			throw InvalidInput.of("toMemberId", "toMemberId must name a member of the community");
		}
		String text = (command.text() != null) ? command.text().strip() : "";
		if (text.isEmpty()) {
			throw InvalidInput.of("text", "text must say whom you would like to meet");
		}
		if (text.length() > NewIntroductionRequest.MAX_TEXT) {
			throw InvalidInput.of("text",
					"text must be at most " + NewIntroductionRequest.MAX_TEXT + " characters long");
		}
		CommunityMember asker = this.communities.membership(askerId, communityId);
		if (command.toMemberId().equals(askerId)) {
			throw InvalidInput.of("toMemberId", "toMemberId must name another member");
		}
		CommunityMember introducer = this.communities.fellowMember(askerId, communityId, command.toMemberId());
		// the asker's daily count and the introducer's monthly one, each read by one
		// request at a time
		this.locks.lock(askerId, introducer.memberId());
		Instant now = now();
		if (this.requests.countSentSince(askerId, now.minus(1, ChronoUnit.DAYS)) >= this.properties.perDay()) {
			throw IntroductionRequestRefused.dailyLimit(this.properties.perDay());
		}
		Account introducerAccount = this.accounts.findById(introducer.memberId()).orElseThrow();
		if (!takesRequests(introducerAccount, now)) {
			throw IntroductionRequestRefused.notTaking(introducer.displayName());
		}
		RequestRow row = new RequestRow(Ids.newId(), communityId, askerId, asker.displayName(), introducer.memberId(),
				introducer.displayName(), text, RequestStatus.PENDING, null, now, null);
		this.requests.insert(row);
		// a member who switched these mails off finds the request on their requests page
		if (this.mailPreferences.of(introducer.memberId()).wants(MailKind.INTRODUCTION_REQUEST)) {
			Community community = this.communities.get(askerId, communityId);
			this.outbox.enqueue(this.mails.requestReceived(introducerAccount, row, community.name()));
		}
		return row.seenBy(askerId);
	}

	/** The requests the member sent and received, newest first. */
	@Transactional(readOnly = true)
	public List<IntroductionRequest> requests(UUID memberId) {
		return this.requests.ofMember(memberId, LISTED).stream().map((row) -> row.seenBy(memberId)).toList();
	}

	/**
	 * A request the member received (to answer it).
	 * @throws IntroductionRequestNotFound unless the member was asked
	 */
	@Transactional(readOnly = true)
	public IntroductionRequest incoming(UUID introducerId, UUID requestId) {
		return this.requests.findIncoming(introducerId, requestId)
			.orElseThrow(() -> IntroductionRequestNotFound.withId(requestId))
			.seenBy(introducerId);
	}

	/**
	 * Answers a request "not now": the asker sees that, and nothing else.
	 * @throws IntroductionRequestNotFound unless the member was asked
	 * @throws IntroductionRequestRefused when it was answered already
	 */
	@Transactional
	public void decline(UUID introducerId, UUID requestId) {
		RequestRow row = pending(introducerId, requestId);
		this.requests.answer(introducerId, row.id(), RequestStatus.NOT_NOW, null, now());
	}

	/**
	 * Answers a request with a double opt-in introduction between the asker and a person
	 * of the member's journal. The asker enters the journal now (found by their account's
	 * address, or added under the name they show in the community); all of it, the person
	 * included, is undone if the introduction cannot be asked.
	 * @throws IntroductionRequestNotFound unless the member was asked
	 * @throws IntroductionRequestRefused when it was answered already
	 * @throws org.tend.people.PersonNotFound unless the person is in the member's journal
	 * @throws InvalidInput and {@link IntroductionRefused} as
	 * {@link IntroductionsService#ask}
	 */
	@Transactional
	public Introduction introduce(UUID introducerId, UUID requestId, IntroduceFromRequest command) {
		RequestRow row = pending(introducerId, requestId);
		if (command.personId() == null) {
			throw InvalidInput.of("personId", "personId must name a person of your journal");
		}
		this.people.requireOwned(introducerId, List.of(command.personId()));
		String email = this.accounts.findById(row.askerId())
			.map(Account::email)
			.orElseThrow(() -> IntroductionRequestNotFound.withId(requestId));
		UUID askerPerson = this.journal.findOrAdd(introducerId, row.askerName(), email);
		if (askerPerson.equals(command.personId())) {
			throw InvalidInput.of("personId", "personId must name someone other than " + row.askerName());
		}
		// the asker first: side 0 is theirs (IntroducedAsker relies on it)
		Introduction introduction = this.introductions.ask(introducerId,
				new NewIntroduction(List.of(askerPerson, command.personId()), Map.of(askerPerson,
						nonNull(command.askerReason()), command.personId(), nonNull(command.personReason())),
						command.message()));
		this.requests.answer(introducerId, row.id(), RequestStatus.INTRODUCED, introduction.id(), now());
		return introduction;
	}

	/** The member's limits on incoming requests. */
	@Transactional(readOnly = true)
	public RequestLimits limits(UUID memberId) {
		return this.requests.limits(memberId);
	}

	/**
	 * @throws InvalidInput naming {@code monthlyCap} outside 0 to
	 * {@value RequestLimits#MAX_CAP}
	 */
	@Transactional
	public RequestLimits saveLimits(UUID memberId, RequestLimits limits) {
		Integer cap = limits.monthlyCap();
		if (cap != null && (cap < 0 || cap > RequestLimits.MAX_CAP)) {
			throw InvalidInput.of("monthlyCap",
					"monthlyCap must be between 0 and " + RequestLimits.MAX_CAP + ", or empty for no cap");
		}
		this.requests.saveLimits(memberId, limits);
		return this.requests.limits(memberId);
	}

	/**
	 * Neither paused nor at the cap for the calendar month of the member's time zone.
	 */
	private boolean takesRequests(Account introducer, Instant now) {
		RequestLimits limits = this.requests.limits(introducer.id());
		if (limits.paused()) {
			return false;
		}
		if (limits.monthlyCap() == null) {
			return true;
		}
		ZoneId zone = introducer.zone();
		Instant monthStart = now.atZone(zone).toLocalDate().withDayOfMonth(1).atStartOfDay(zone).toInstant();
		return this.requests.countReceivedSince(introducer.id(), monthStart) < limits.monthlyCap();
	}

	private RequestRow pending(UUID introducerId, UUID requestId) {
		RequestRow row = this.requests.lockIncoming(introducerId, requestId)
			.orElseThrow(() -> IntroductionRequestNotFound.withId(requestId));
		if (row.status() != RequestStatus.PENDING) {
			throw IntroductionRequestRefused.answered();
		}
		return row;
	}

	private static String nonNull(String text) {
		return (text != null) ? text : "";
	}

	private Instant now() {
		return this.clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

}

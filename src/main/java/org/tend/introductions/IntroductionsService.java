package org.tend.introductions;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tend.accounts.Account;
import org.tend.accounts.AccountsService;
import org.tend.introductions.internal.Introducer;
import org.tend.introductions.internal.IntroductionMails;
import org.tend.introductions.internal.IntroductionMails.Party;
import org.tend.introductions.internal.IntroductionRepository;
import org.tend.introductions.internal.IntroductionRow;
import org.tend.introductions.internal.MemberLocks;
import org.tend.introductions.internal.SideRow;
import org.tend.mail.MailOutbox;
import org.tend.people.PeopleService;
import org.tend.people.PersonDetails;
import org.tend.people.PersonSummary;
import org.tend.shared.Ids;
import org.tend.shared.web.InvalidInput;

/**
 * The introductions module's facade: a member asks two people of their journal, each
 * answers through the link in their request (no account needed), and Tend introduces them
 * once both said yes ({@link Introducer}).
 */
@Service
public class IntroductionsService {

	private final IntroductionRepository introductions;

	private final MemberLocks locks;

	private final PeopleService people;

	private final AccountsService accounts;

	private final MailOutbox outbox;

	private final IntroductionMails mails;

	private final Introducer introducer;

	private final IntroductionProperties properties;

	private final Clock clock;

	IntroductionsService(IntroductionRepository introductions, MemberLocks locks, PeopleService people,
			AccountsService accounts, MailOutbox outbox, IntroductionMails mails, Introducer introducer,
			IntroductionProperties properties, Clock clock) {
		this.introductions = introductions;
		this.locks = locks;
		this.people = people;
		this.accounts = accounts;
		this.outbox = outbox;
		this.mails = mails;
		this.introducer = introducer;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Asks both people, each through a request mail in the outbox (sent once this
	 * transaction commits).
	 * @throws org.tend.people.PersonNotFound unless both are in the member's journal
	 * @throws InvalidInput naming the field at fault (a person without an email address,
	 * or one who opted out of introduction requests, is named in {@code personIds})
	 * @throws IntroductionRefused when the pair is being asked already, or the member
	 * asked for as many as a day allows
	 */
	@Transactional
	public Introduction ask(UUID ownerId, NewIntroduction command) {
		List<UUID> ids = command.personIds();
		if (ids.size() != 2 || ids.contains(null) || ids.get(0).equals(ids.get(1))) {
			throw InvalidInput.of("personIds", "personIds must name two different people");
		}
		this.people.requireOwned(ownerId, ids);
		String message = (command.message() != null) ? command.message().strip() : "";
		if (message.length() > NewIntroduction.MAX_MESSAGE) {
			throw InvalidInput.of("message",
					"message must be at most " + NewIntroduction.MAX_MESSAGE + " characters long");
		}
		Party a = party(ownerId, 0, ids.get(0), command.reasons());
		Party b = party(ownerId, 1, ids.get(1), command.reasons());
		this.locks.lock(ownerId);
		Instant now = now();
		this.introductions.expire(ownerId, now);
		if (this.introductions.countAskedSince(ownerId, now.minus(1, ChronoUnit.DAYS)) >= this.properties.perDay()) {
			throw IntroductionRefused.dailyLimit(this.properties.perDay());
		}
		IntroductionRow row = new IntroductionRow(Ids.newId(), ownerId, a.personId(), b.personId(), message,
				IntroductionStatus.ASKED, now, now.plus(this.properties.answerWithin()), null);
		try {
			this.introductions.insert(row, pairKey(a.personId(), b.personId()));
		}
		catch (DuplicateKeyException ex) {
			throw IntroductionRefused.pending();
		}
		Account member = this.accounts.findById(ownerId).orElseThrow();
		send(member, row, a, b);
		send(member, row, b, a);
		return introduction(ownerId, row.id());
	}

	/**
	 * @throws IntroductionNotFound unless the introduction is the member's
	 */
	@Transactional(readOnly = true)
	public Introduction introduction(UUID ownerId, UUID id) {
		IntroductionRow row = this.introductions.find(ownerId, id).orElseThrow(() -> IntroductionNotFound.withId(id));
		List<Introduction.Side> sides = this.introductions.sides(id)
			.stream()
			.map((side) -> new Introduction.Side(side.personId(), side.answer()))
			.toList();
		return new Introduction(row.id(), row.statusAt(now()), sides, row.createdAt(), row.expiresAt());
	}

	/** The member's introductions involving the person, newest first. */
	@Transactional(readOnly = true)
	public List<PersonIntroduction> ofPerson(UUID ownerId, UUID personId, int limit) {
		List<IntroductionRow> rows = this.introductions.ofPerson(ownerId, personId, limit);
		Map<UUID, PersonSummary> others = this.people.summaries(ownerId,
				rows.stream().map((row) -> row.other(personId)).toList());
		Instant now = now();
		return rows.stream().filter((row) -> others.containsKey(row.other(personId))).map((row) -> {
			PersonSummary other = others.get(row.other(personId));
			return new PersonIntroduction(row.id(), other.id(), other.name(), row.statusAt(now), row.createdAt(),
					row.decidedAt());
		}).toList();
	}

	/**
	 * What the page behind a request's link shows; empty for a link that never was (or
	 * was altered). Reads only: a GET never answers.
	 */
	@Transactional(readOnly = true)
	public Optional<AnswerRequest> request(String secret) {
		return this.introducer.request(secret, now());
	}

	/**
	 * Records the answer the link's owner posted; empty for an unknown link. A second
	 * answer through the same links changes nothing.
	 */
	@Transactional
	public Optional<AnswerRequest.State> answer(String secret, Answer answer) {
		return this.introducer.answer(secret, answer, now());
	}

	/** Whether the unsubscribe link exists (the page asks before it acts). */
	@Transactional(readOnly = true)
	public boolean unsubscribeLinkExists(String secret) {
		return this.introducer.unsubscribeSide(secret).isPresent();
	}

	/**
	 * Stops introduction requests to the link's address, from every member of this
	 * instance; a request still open through it is answered "not now". False for an
	 * unknown link.
	 */
	@Transactional
	public boolean unsubscribe(String secret) {
		return this.introducer.unsubscribe(secret, now());
	}

	/** Marks every request past its time as expired; answers how many. */
	@Transactional
	public int expireAll() {
		return this.introductions.expireAll(now());
	}

	private Party party(UUID ownerId, int side, UUID personId, Map<UUID, String> reasons) {
		PersonDetails person = this.people.details(ownerId, personId);
		String reason = reasons.get(personId);
		String field = "reasons." + personId;
		if (reason == null || reason.isBlank()) {
			throw InvalidInput.of(field, "A reason for " + person.name() + " is needed");
		}
		if (reason.strip().length() > NewIntroduction.MAX_REASON) {
			throw InvalidInput.of(field, "The reason for " + person.name() + " must be at most "
					+ NewIntroduction.MAX_REASON + " characters long");
		}
		if (person.emails().isEmpty()) {
			throw InvalidInput.of("personIds", person.name() + " has no email address");
		}
		String email = person.emails().getFirst();
		if (this.introductions.optedOut(IntroductionRepository.addressHash(email))) {
			throw InvalidInput.of("personIds",
					person.name() + " asked not to receive introduction requests through Tend");
		}
		return new Party(side, personId, person.name(), email, reason.strip());
	}

	private void send(Account member, IntroductionRow row, Party to, Party other) {
		this.introductions
			.insertSide(new SideRow(row.id(), to.side(), to.personId(), to.email(), to.reason(), Answer.PENDING));
		// the links' secrets are minted when the mail is sent (IntroductionLinks)
		this.outbox.enqueue(this.mails.request(member, row, to, other));
	}

	private static String pairKey(UUID a, UUID b) {
		return (a.compareTo(b) < 0) ? a + ":" + b : b + ":" + a;
	}

	private Instant now() {
		return this.clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

}

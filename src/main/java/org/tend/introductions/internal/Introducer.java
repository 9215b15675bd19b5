package org.tend.introductions.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.tend.accounts.Account;
import org.tend.accounts.AccountsService;
import org.tend.introductions.Answer;
import org.tend.introductions.AnswerRequest;
import org.tend.introductions.AnswerRequest.State;
import org.tend.introductions.IntroductionProperties;
import org.tend.introductions.IntroductionStatus;
import org.tend.introductions.IntroductionsService;
import org.tend.introductions.internal.IntroductionMails.Party;
import org.tend.ledger.Direction;
import org.tend.ledger.ExchangeKind;
import org.tend.ledger.LedgerService;
import org.tend.ledger.NewExchange;
import org.tend.ledger.NewPromise;
import org.tend.ledger.Promise;
import org.tend.ledger.PromiseOwner;
import org.tend.mail.MailOutbox;
import org.tend.people.PeopleService;
import org.tend.people.PersonDetails;
import org.tend.shared.Secrets;

/**
 * The side of introductions that people without an account see: the request behind a
 * link, the answer, the introduction when both said yes, and unsubscribing. A link is
 * found by the hash of its secret; an unknown one finds nothing and changes nothing. The
 * other side's answer is never shown: a request declined by one side still reads as open
 * to the other, who may answer it, to no effect.
 */
@Component
public class Introducer {

	private final IntroductionRepository introductions;

	private final PeopleService people;

	private final AccountsService accounts;

	private final LedgerService ledger;

	private final MailOutbox outbox;

	private final IntroductionMails mails;

	private final IntroductionProperties properties;

	private final IntroducedAsker askers;

	Introducer(IntroductionRepository introductions, PeopleService people, AccountsService accounts,
			LedgerService ledger, MailOutbox outbox, IntroductionMails mails, IntroductionProperties properties,
			IntroducedAsker askers) {
		this.introductions = introductions;
		this.people = people;
		this.accounts = accounts;
		this.ledger = ledger;
		this.outbox = outbox;
		this.mails = mails;
		this.properties = properties;
		this.askers = askers;
	}

	public Optional<AnswerRequest> request(String secret, Instant now) {
		return side(secret).flatMap((side) -> this.introductions.byId(side.introductionId()).map((row) -> {
			List<SideRow> sides = this.introductions.sides(row.id());
			SideRow other = sides.get(1 - side.side());
			Account member = this.accounts.findById(row.ownerId()).orElseThrow();
			PersonDetails person = this.people.details(row.ownerId(), side.personId());
			PersonDetails otherPerson = this.people.details(row.ownerId(), other.personId());
			return new AnswerRequest(member.displayName(), person.name(), otherPerson.name(), side.reason(),
					row.message(), row.expiresAt().atZone(member.zone()).toLocalDate(), state(row, side, now));
		}));
	}

	public Optional<State> answer(String secret, Answer answer, Instant now) {
		if (answer == Answer.PENDING) {
			throw new IllegalArgumentException("an answer is yes or no");
		}
		Optional<SideRow> found = side(secret);
		if (found.isEmpty()) {
			return Optional.empty();
		}
		SideRow side = found.get();
		IntroductionRow row = this.introductions.lock(side.introductionId()).orElseThrow();
		State state = state(row, side, now);
		if (state != State.OPEN) {
			return Optional.of(state);
		}
		this.introductions.answer(row.id(), side.side(), answer, now);
		if (row.status() == IntroductionStatus.ASKED) {
			if (answer == Answer.NO) {
				this.introductions.decide(row.id(), IntroductionStatus.DECLINED, now);
			}
			else if (this.introductions.sides(row.id()).stream().allMatch((s) -> s.answer() == Answer.YES)
					&& this.introductions.decide(row.id(), IntroductionStatus.ACCEPTED, now)) {
				introduce(row);
			}
		}
		return Optional.of(State.ANSWERED);
	}

	public Optional<SideRow> unsubscribeSide(String secret) {
		return validSecret(secret) ? this.introductions.sideByLinkHash(LinkPurpose.UNSUBSCRIBE, Secrets.hash(secret))
				: Optional.empty();
	}

	public boolean unsubscribe(String secret, Instant now) {
		Optional<SideRow> side = unsubscribeSide(secret);
		side.ifPresent((found) -> {
			this.introductions.optOut(IntroductionRepository.addressHash(found.email()), now);
			IntroductionRow row = this.introductions.lock(found.introductionId()).orElseThrow();
			if (state(row, found, now) == State.OPEN) {
				this.introductions.answer(row.id(), found.side(), Answer.NO, now);
				this.introductions.decide(row.id(), IntroductionStatus.DECLINED, now);
			}
		});
		return side.isPresent();
	}

	/**
	 * Both said yes: each gets the introduction, and the member's journal records it on
	 * both people, with a promise to ask later whether it helped; a member who asked for
	 * it finds it in their own journal. All in the transaction of the second yes, so it
	 * happens once.
	 */
	private void introduce(IntroductionRow row) {
		Account member = this.accounts.findById(row.ownerId()).orElseThrow();
		List<SideRow> sides = this.introductions.sides(row.id());
		Party a = party(row, sides.get(0));
		Party b = party(row, sides.get(1));
		this.outbox.enqueue(this.mails.introduction(member, row, a, b));
		this.outbox.enqueue(this.mails.introduction(member, row, b, a));
		LocalDate today = this.ledger.today(row.ownerId());
		this.ledger.recordExchange(row.ownerId(), new NewExchange(a.personId(), Direction.GIVEN,
				ExchangeKind.INTRODUCTION, "Introduced to " + b.name(), today, null));
		this.ledger.recordExchange(row.ownerId(), new NewExchange(b.personId(), Direction.GIVEN,
				ExchangeKind.INTRODUCTION, "Introduced to " + a.name(), today, null));
		Promise followUp = this.ledger.makePromise(row.ownerId(),
				new NewPromise(a.personId(), PromiseOwner.ME,
						"Ask " + a.name() + " and " + b.name() + " whether the introduction helped",
						today.plusDays(this.properties.followUpAfter().toDays()), null, null));
		// kept, it counts the introduction as helped on the insights page (decision 0028)
		this.introductions.followUp(row.id(), followUp.id());
		this.askers.accepted(row.id(), a, b);
	}

	private Party party(IntroductionRow row, SideRow side) {
		PersonDetails person = this.people.details(row.ownerId(), side.personId());
		return new Party(side.side(), side.personId(), person.name(), side.email(), side.reason());
	}

	private Optional<SideRow> side(String secret) {
		return validSecret(secret) ? this.introductions.sideByLinkHash(LinkPurpose.ANSWER, Secrets.hash(secret))
				: Optional.empty();
	}

	/**
	 * Where the request stands for this side: the introduction's own status is not shown
	 * (a "declined" would tell who said no).
	 */
	private static State state(IntroductionRow row, SideRow side, Instant now) {
		if (side.answer() != Answer.PENDING) {
			return State.ANSWERED;
		}
		return now.isBefore(row.expiresAt()) ? State.OPEN : State.EXPIRED;
	}

	private static boolean validSecret(String secret) {
		return secret != null && secret.length() <= 100;
	}

}

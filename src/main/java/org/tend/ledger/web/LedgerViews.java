package org.tend.ledger.web;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;
import org.tend.ledger.Exchange;
import org.tend.ledger.LedgerService;
import org.tend.ledger.Promise;
import org.tend.ledger.PromiseFilter;
import org.tend.ledger.PromiseStatus;
import org.tend.people.PeopleService;
import org.tend.people.PersonNotFound;
import org.tend.people.PersonSummary;
import org.tend.shared.PageOf;
import org.tend.shared.PageRequest;

/** Builds what the ledger's sections and pages show, scoped to the member. */
@Component
class LedgerViews {

	static final int EXCHANGES_ON_PERSON_PAGE = 20;

	static final int CLOSED_PROMISES_ON_PERSON_PAGE = 10;

	static final int EXCHANGES_ON_PREP_CARD = 5;

	private final LedgerService ledger;

	private final PeopleService people;

	LedgerViews(LedgerService ledger, PeopleService people) {
		this.ledger = ledger;
		this.people = people;
	}

	/** The person's name; {@link PersonNotFound} when they are not in the journal. */
	String personName(UUID ownerId, UUID personId) {
		return this.people.summary(ownerId, personId)
			.map(PersonSummary::name)
			.orElseThrow(() -> PersonNotFound.withId(personId));
	}

	PersonLedger person(UUID ownerId, UUID personId) {
		return person(ownerId, personId, ExchangeForm.empty(this.ledger.today(ownerId)), FormErrors.none(),
				PromiseForm.empty(), FormErrors.none());
	}

	PersonLedger person(UUID ownerId, UUID personId, ExchangeForm exchangeForm, FormErrors exchangeErrors,
			PromiseForm promiseForm, FormErrors promiseErrors) {
		String name = personName(ownerId, personId);
		LocalDate today = this.ledger.today(ownerId);
		List<ExchangeLine> exchanges = this.ledger
			.latestExchangesWith(ownerId, List.of(personId), EXCHANGES_ON_PERSON_PAGE)
			.stream()
			.map((exchange) -> new ExchangeLine(exchange, name))
			.toList();
		List<PromiseLine> promises = Stream
			.concat(this.ledger.openPromisesOf(ownerId, personId).stream(),
					this.ledger.closedPromisesOf(ownerId, personId, CLOSED_PROMISES_ON_PERSON_PAGE).stream())
			.map((promise) -> new PromiseLine(promise, name, promise.overdueOn(today)))
			.toList();
		return new PersonLedger(personId, name, this.ledger.reciprocity(ownerId, personId), exchanges, promises,
				exchangeForm, exchangeErrors, promiseForm, promiseErrors);
	}

	MeetingLedger meeting(UUID ownerId, Collection<UUID> personIds) {
		if (personIds.isEmpty()) {
			return new MeetingLedger(List.of(), List.of(), List.of());
		}
		LocalDate today = this.ledger.today(ownerId);
		Map<UUID, String> names = names(ownerId, personIds);
		List<PromiseLine> open = this.ledger.openPromisesOf(ownerId, personIds)
			.stream()
			.map((promise) -> line(promise, names, today))
			.toList();
		List<ExchangeLine> exchanges = this.ledger.latestExchangesWith(ownerId, personIds, EXCHANGES_ON_PREP_CARD)
			.stream()
			.map((exchange) -> line(exchange, names))
			.toList();
		return new MeetingLedger(open.stream().filter(PromiseLine::mine).toList(),
				open.stream().filter((line) -> !line.mine()).toList(), exchanges);
	}

	/** The member's open promises, overdue first, then by due date, undated last. */
	PageOf<PromiseLine> openPromises(UUID ownerId, PageRequest page) {
		LocalDate today = this.ledger.today(ownerId);
		PageOf<Promise> promises = this.ledger.promises(ownerId,
				new PromiseFilter(PromiseStatus.OPEN, null, null, null), page);
		Map<UUID, String> names = names(ownerId,
				promises.items().stream().map(Promise::personId).collect(Collectors.toSet()));
		return promises.map((promise) -> line(promise, names, today));
	}

	private Map<UUID, String> names(UUID ownerId, Collection<UUID> personIds) {
		return this.people.summaries(ownerId, Set.copyOf(personIds))
			.values()
			.stream()
			.collect(Collectors.toMap(PersonSummary::id, PersonSummary::name));
	}

	private static PromiseLine line(Promise promise, Map<UUID, String> names, LocalDate today) {
		return new PromiseLine(promise, names.getOrDefault(promise.personId(), ""), promise.overdueOn(today));
	}

	private static ExchangeLine line(Exchange exchange, Map<UUID, String> names) {
		return new ExchangeLine(exchange, names.getOrDefault(exchange.personId(), ""));
	}

}

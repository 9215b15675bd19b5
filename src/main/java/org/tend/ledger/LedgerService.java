package org.tend.ledger;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tend.ledger.internal.Checks;
import org.tend.ledger.internal.ExchangeRepository;
import org.tend.ledger.internal.LedgerTallies;
import org.tend.ledger.internal.PromiseRepository;
import org.tend.ledger.internal.OwnershipChecks;
import org.tend.search.SearchIndex;
import org.tend.search.SearchSource;
import org.tend.shared.DateRules;
import org.tend.shared.Ids;
import org.tend.shared.PageOf;
import org.tend.shared.PageRequest;
import org.tend.shared.web.InvalidInput;

/**
 * The ledger module's facade: exchanges of help and promises, every method scoped by the
 * owner's id. A person or meeting named in a command must be the member's own, else
 * {@link InvalidInput} naming the field and nothing is saved.
 */
@Service
public class LedgerService {

	private final ExchangeRepository exchanges;

	private final PromiseRepository promises;

	private final OwnershipChecks references;

	private final SearchIndex search;

	private final LedgerTallies tallies;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final DateRules dates;

	LedgerService(ExchangeRepository exchanges, PromiseRepository promises, OwnershipChecks references,
			SearchIndex search, LedgerTallies tallies, ApplicationEventPublisher events, Clock clock, DateRules dates) {
		this.dates = dates;
		this.tallies = tallies;
		this.events = events;
		this.exchanges = exchanges;
		this.promises = promises;
		this.references = references;
		this.search = search;
		this.clock = clock;
	}

	// exchanges -----------------------------------------------------------------------

	@Transactional
	public Exchange recordExchange(UUID ownerId, NewExchange command) {
		this.references.requirePerson(ownerId, command.personId());
		this.references.requireMeeting(ownerId, command.meetingId());
		String description = Checks.text("description", command.description(), NewExchange.MAX_DESCRIPTION);
		// help given or received has happened: not in the future, nor 80 years back
		this.dates.requirePast("on", command.on(), this.references.zone(ownerId));
		Exchange exchange = new Exchange(Ids.newId(), command.personId(),
				Checks.present("direction", command.direction()), Checks.present("kind", command.kind()), description,
				(command.on() != null) ? command.on() : today(ownerId), command.meetingId(), now());
		this.exchanges.insert(ownerId, exchange);
		this.search.index(ownerId, SearchSource.EXCHANGE, exchange.id(), List.of(exchange.personId()), description);
		this.events.publishEvent(LedgerChanged.of(ownerId, exchange.personId()));
		return exchange;
	}

	/** Newest first. */
	@Transactional(readOnly = true)
	public PageOf<Exchange> exchanges(UUID ownerId, ExchangeFilter filter, PageRequest page) {
		return this.exchanges.find(ownerId, filter, page);
	}

	@Transactional(readOnly = true)
	public Exchange exchange(UUID ownerId, UUID exchangeId) {
		return this.exchanges.find(ownerId, exchangeId).orElseThrow(() -> ExchangeNotFound.withId(exchangeId));
	}

	/** The exchanges with the person, newest first (the latest 200). */
	@Transactional(readOnly = true)
	public List<Exchange> exchangesOf(UUID ownerId, UUID personId) {
		return this.exchanges
			.find(ownerId, new ExchangeFilter(personId, null, null, null, null), new PageRequest(0, PageOf.MAX_SIZE))
			.items();
	}

	/** The latest exchanges with any of the people (a meeting's, say), newest first. */
	@Transactional(readOnly = true)
	public List<Exchange> latestExchangesWith(UUID ownerId, Collection<UUID> personIds, int limit) {
		return this.exchanges.latestWith(ownerId, Set.copyOf(personIds), limit);
	}

	/** Given and received counts for each of the people (zero for those with none). */
	@Transactional(readOnly = true)
	public Map<UUID, Reciprocity> reciprocity(UUID ownerId, Collection<UUID> personIds) {
		Map<UUID, Reciprocity> found = this.exchanges.reciprocity(ownerId, Set.copyOf(personIds))
			.stream()
			.collect(Collectors.toMap(Reciprocity::personId, Function.identity()));
		return Set.copyOf(personIds)
			.stream()
			.collect(Collectors.toMap(Function.identity(), (id) -> found.getOrDefault(id, Reciprocity.none(id))));
	}

	@Transactional(readOnly = true)
	public Reciprocity reciprocity(UUID ownerId, UUID personId) {
		return reciprocity(ownerId, List.of(personId)).get(personId);
	}

	@Transactional
	public void deleteExchange(UUID ownerId, UUID exchangeId) {
		Exchange exchange = exchange(ownerId, exchangeId);
		if (!this.exchanges.delete(ownerId, exchangeId)) {
			throw ExchangeNotFound.withId(exchangeId);
		}
		this.search.remove(ownerId, SearchSource.EXCHANGE, exchangeId);
		this.events.publishEvent(LedgerChanged.of(ownerId, exchange.personId()));
	}

	// promises ------------------------------------------------------------------------

	@Transactional
	public Promise makePromise(UUID ownerId, NewPromise command) {
		this.references.requirePerson(ownerId, command.personId());
		this.references.requireMeeting(ownerId, command.meetingId());
		String text = Checks.text("text", command.text(), NewPromise.MAX_TEXT);
		// a due day is a plan: it may be ahead, within reason
		this.dates.requirePlan("due", command.due(), this.references.zone(ownerId));
		PromiseStatus status = (command.status() != null) ? command.status() : PromiseStatus.OPEN;
		Instant now = now();
		Promise promise = new Promise(Ids.newId(), command.personId(), Checks.present("owner", command.owner()), text,
				command.due(), status, command.meetingId(), now, status.closed() ? now : null);
		this.promises.insert(ownerId, promise);
		this.search.index(ownerId, SearchSource.PROMISE, promise.id(), List.of(promise.personId()), text);
		this.events.publishEvent(LedgerChanged.of(ownerId, promise.personId()));
		return promise;
	}

	/**
	 * Applies the non-null changes. Moving to kept or dropped stamps closedAt; moving
	 * back to open clears it.
	 */
	@Transactional
	public Promise changePromise(UUID ownerId, UUID promiseId, PromiseChanges changes) {
		Promise current = promise(ownerId, promiseId);
		if (changes.personId() != null) {
			this.references.requirePerson(ownerId, changes.personId());
		}
		String text = (changes.text() != null) ? Checks.text("text", changes.text(), NewPromise.MAX_TEXT) : null;
		if (changes.due() != null) {
			this.dates.requirePlan("due", changes.due().orElse(null), this.references.zone(ownerId));
		}
		Promise changed = current.with(changes, text, now());
		this.promises.update(ownerId, changed);
		if (!changed.text().equals(current.text()) || !changed.personId().equals(current.personId())) {
			this.search.index(ownerId, SearchSource.PROMISE, changed.id(), List.of(changed.personId()), changed.text());
		}
		this.events.publishEvent(LedgerChanged.of(ownerId, current.personId(), changed.personId()));
		return changed;
	}

	/** Soonest due first, undated last. */
	@Transactional(readOnly = true)
	public PageOf<Promise> promises(UUID ownerId, PromiseFilter filter, PageRequest page) {
		return this.promises.find(ownerId, filter, page);
	}

	@Transactional(readOnly = true)
	public Promise promise(UUID ownerId, UUID promiseId) {
		return this.promises.find(ownerId, promiseId).orElseThrow(() -> PromiseNotFound.withId(promiseId));
	}

	/** The open promises both ways with the person, soonest due first. */
	@Transactional(readOnly = true)
	public List<Promise> openPromisesOf(UUID ownerId, UUID personId) {
		return this.promises.openWith(ownerId, Set.of(personId));
	}

	/** The open promises both ways with any of the people, soonest due first. */
	@Transactional(readOnly = true)
	public List<Promise> openPromisesOf(UUID ownerId, Collection<UUID> personIds) {
		return this.promises.openWith(ownerId, Set.copyOf(personIds));
	}

	/** The latest kept or dropped promises with the person, last closed first. */
	@Transactional(readOnly = true)
	public List<Promise> closedPromisesOf(UUID ownerId, UUID personId, int limit) {
		return this.promises.closedWith(ownerId, personId, limit);
	}

	/**
	 * Open promises due within the days from today (overdue ones included), soonest due
	 * first: the follow-ups of the "today" page.
	 */
	@Transactional(readOnly = true)
	public List<Promise> promisesComingDue(UUID ownerId, LocalDate today, int withinDays, int limit) {
		return this.promises.openDueBy(ownerId, today.plusDays(withinDays), limit);
	}

	@Transactional
	public void deletePromise(UUID ownerId, UUID promiseId) {
		Promise promise = promise(ownerId, promiseId);
		if (!this.promises.delete(ownerId, promiseId)) {
			throw PromiseNotFound.withId(promiseId);
		}
		this.search.remove(ownerId, SearchSource.PROMISE, promiseId);
		this.events.publishEvent(LedgerChanged.of(ownerId, promise.personId()));
	}

	// for modules that weigh relationships (depth) --------------------------------------

	/** Exchange counts by person, direction and kind, for the people named. */
	@Transactional(readOnly = true)
	public List<ExchangeCount> exchangeCounts(UUID ownerId, Collection<UUID> personIds) {
		return this.tallies.exchangeCounts(ownerId, Set.copyOf(personIds));
	}

	/** Exchange counts by person, direction and kind, over the whole journal. */
	@Transactional(readOnly = true)
	public List<ExchangeCount> exchangeCounts(UUID ownerId) {
		return this.tallies.exchangeCounts(ownerId, null);
	}

	/**
	 * How promises turned out with each of the people named who has any ("broken" counts
	 * open promises past their due day as of {@code today}).
	 */
	@Transactional(readOnly = true)
	public Map<UUID, PromiseRecord> promiseRecords(UUID ownerId, Collection<UUID> personIds, LocalDate today) {
		return this.tallies.promiseRecords(ownerId, Set.copyOf(personIds), today);
	}

	/** Today in the member's time zone: the day an undated exchange is recorded on. */
	public LocalDate today(UUID ownerId) {
		return this.references.today(ownerId);
	}

	private Instant now() {
		// the database keeps microseconds: what is returned must equal what is read back
		return this.clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

}

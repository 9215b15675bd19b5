package org.tend.ledger.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tend.ledger.Direction;
import org.tend.ledger.Exchange;
import org.tend.ledger.ExchangeFilter;
import org.tend.ledger.ExchangeKind;
import org.tend.ledger.Promise;
import org.tend.ledger.PromiseFilter;
import org.tend.ledger.PromiseOwner;
import org.tend.ledger.PromiseStatus;
import org.tend.ledger.Reciprocity;
import org.tend.shared.PageOf;
import org.tend.shared.PageRequest;
import org.tend.support.SmallJournal;

import static org.assertj.core.api.Assertions.assertThat;

/** The same repository behaviour, run on H2 and on PostgreSQL by the subclasses. */
// Spring 7 does not apply the subclass's @JdbcTest transaction to inherited test methods:
// declare it here so that every test rolls back, on PostgreSQL too.
@Transactional
abstract class LedgerRepositoryContract {

	private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

	private static final Instant NOW = Instant.parse("2026-03-10T09:30:00.123456Z");

	@Autowired
	ExchangeRepository exchanges;

	@Autowired
	PromiseRepository promises;

	@Autowired
	JdbcClient jdbc;

	private UUID member;

	private UUID stranger;

	private UUID zoe;

	private UUID li;

	@BeforeEach
	void journal() {
		SmallJournal rows = new SmallJournal(this.jdbc);
		this.member = rows.account("Ana");
		this.stranger = rows.account("Bo");
		this.zoe = rows.person(this.member, "Zoë Ñúñez 🌱");
		this.li = rows.person(this.member, "李小龍");
	}

	@Test
	void storesAndReadsBackAnExchange() {
		UUID meeting = new SmallJournal(this.jdbc).meeting(this.member, this.zoe);
		Exchange exchange = exchange(this.zoe, Direction.GIVEN, ExchangeKind.INTRODUCTION, TODAY, meeting);
		this.exchanges.insert(this.member, exchange);

		assertThat(this.exchanges.find(this.member, exchange.id())).contains(exchange);
		assertThat(this.exchanges.find(this.stranger, exchange.id())).isEmpty();
	}

	@Test
	void filtersExchangesByPersonDirectionKindAndDates() {
		Exchange advice = given(this.zoe, ExchangeKind.ADVICE, TODAY.minusDays(30));
		Exchange intro = given(this.zoe, ExchangeKind.INTRODUCTION, TODAY.minusDays(10));
		Exchange received = received(this.zoe, ExchangeKind.ADVICE, TODAY.minusDays(5));
		Exchange withLi = given(this.li, ExchangeKind.ADVICE, TODAY);

		assertThat(ids(this.exchanges.find(this.member, ExchangeFilter.all(), page(0, 10))))
			.containsExactly(withLi.id(), received.id(), intro.id(), advice.id());
		assertThat(ids(
				this.exchanges.find(this.member, new ExchangeFilter(this.zoe, null, null, null, null), page(0, 10))))
			.containsExactly(received.id(), intro.id(), advice.id());
		assertThat(ids(this.exchanges.find(this.member,
				new ExchangeFilter(null, Direction.GIVEN, ExchangeKind.ADVICE, null, null), page(0, 10))))
			.containsExactly(withLi.id(), advice.id());
		assertThat(ids(this.exchanges.find(this.member,
				new ExchangeFilter(null, null, null, TODAY.minusDays(10), TODAY.minusDays(5)), page(0, 10))))
			.containsExactly(received.id(), intro.id());
	}

	@Test
	void pagesExchangesWithTheirTotal() {
		for (int day = 1; day <= 5; day++) {
			given(this.zoe, ExchangeKind.SUPPORT, TODAY.minusDays(day));
		}

		PageOf<Exchange> second = this.exchanges.find(this.member, ExchangeFilter.all(), page(1, 2));

		assertThat(second.total()).isEqualTo(5);
		assertThat(second.items()).extracting(Exchange::on).containsExactly(TODAY.minusDays(3), TODAY.minusDays(4));
	}

	@Test
	void neverListsAnotherMembersExchanges() {
		UUID strangersPerson = new SmallJournal(this.jdbc).person(this.stranger, "Zoë");
		Exchange theirs = exchange(strangersPerson, Direction.GIVEN, ExchangeKind.ADVICE, TODAY, null);
		this.exchanges.insert(this.stranger, theirs);
		given(this.zoe, ExchangeKind.ADVICE, TODAY);

		assertThat(this.exchanges.find(this.member, ExchangeFilter.all(), page(0, 10)).items())
			.noneMatch((exchange) -> exchange.id().equals(theirs.id()));
		assertThat(this.exchanges
			.find(this.member, new ExchangeFilter(strangersPerson, null, null, null, null), page(0, 10))
			.total()).isZero();
		assertThat(this.exchanges.reciprocity(this.member, List.of(strangersPerson))).isEmpty();
		assertThat(this.exchanges.delete(this.member, theirs.id())).isFalse();
		assertThat(this.exchanges.find(this.stranger, theirs.id())).isPresent();
	}

	@Test
	void countsGivenAndReceivedPerPerson() {
		given(this.zoe, ExchangeKind.ADVICE, TODAY);
		given(this.zoe, ExchangeKind.REFERRAL, TODAY);
		given(this.zoe, ExchangeKind.RESOURCE, TODAY);
		received(this.zoe, ExchangeKind.FEEDBACK, TODAY);
		received(this.li, ExchangeKind.OPPORTUNITY, TODAY);

		assertThat(this.exchanges.reciprocity(this.member, List.of(this.zoe, this.li)))
			.containsExactlyInAnyOrder(new Reciprocity(this.zoe, 3, 1), new Reciprocity(this.li, 0, 1));
	}

	@Test
	void latestExchangesWithSomePeopleComeNewestFirst() {
		given(this.zoe, ExchangeKind.ADVICE, TODAY.minusDays(3));
		Exchange newest = received(this.li, ExchangeKind.ADVICE, TODAY);
		Exchange middle = given(this.zoe, ExchangeKind.ADVICE, TODAY.minusDays(1));

		assertThat(this.exchanges.latestWith(this.member, List.of(this.zoe, this.li), 2)).extracting(Exchange::id)
			.containsExactly(newest.id(), middle.id());
	}

	@Test
	void storesUpdatesAndReadsBackAPromise() {
		Promise promise = promise(this.zoe, PromiseOwner.ME, TODAY.plusDays(3));
		Promise kept = new Promise(promise.id(), this.li, PromiseOwner.THEM, "Send the slides", null,
				PromiseStatus.KEPT, null, promise.createdAt(), NOW);

		assertThat(this.promises.find(this.member, promise.id())).contains(promise);
		assertThat(this.promises.update(this.stranger, kept)).isFalse();
		assertThat(this.promises.update(this.member, kept)).isTrue();
		assertThat(this.promises.find(this.member, promise.id())).contains(kept);
		assertThat(this.promises.find(this.stranger, promise.id())).isEmpty();
	}

	@Test
	void filtersPromisesByStatusPersonOwnerAndDueDate() {
		Promise mine = promise(this.zoe, PromiseOwner.ME, TODAY.plusDays(5));
		Promise theirs = promise(this.zoe, PromiseOwner.THEM, TODAY.minusDays(2));
		Promise undated = promise(this.li, PromiseOwner.ME, null);
		Promise kept = closed(promise(this.li, PromiseOwner.ME, TODAY.minusDays(9)), PromiseStatus.KEPT);

		assertThat(ids(this.promises.find(this.member, PromiseFilter.all(), page(0, 10)))).containsExactly(kept.id(),
				theirs.id(), mine.id(), undated.id());
		assertThat(ids(
				this.promises.find(this.member, new PromiseFilter(PromiseStatus.OPEN, null, null, null), page(0, 10))))
			.containsExactly(theirs.id(), mine.id(), undated.id());
		assertThat(ids(
				this.promises.find(this.member, new PromiseFilter(null, this.zoe, PromiseOwner.ME, null), page(0, 10))))
			.containsExactly(mine.id());
		assertThat(ids(
				this.promises.find(this.member, new PromiseFilter(PromiseStatus.OPEN, null, null, TODAY), page(0, 10))))
			.containsExactly(theirs.id());
	}

	@Test
	void promisesComingDueAreOpenDatedByTheDayAndSoonestFirst() {
		Promise later = promise(this.zoe, PromiseOwner.ME, TODAY.plusDays(7));
		Promise overdue = promise(this.li, PromiseOwner.THEM, TODAY.minusDays(4));
		Promise today = promise(this.zoe, PromiseOwner.THEM, TODAY);
		promise(this.zoe, PromiseOwner.ME, TODAY.plusDays(8));
		promise(this.zoe, PromiseOwner.ME, null);
		closed(promise(this.li, PromiseOwner.ME, TODAY.minusDays(1)), PromiseStatus.DROPPED);
		UUID strangersPerson = new SmallJournal(this.jdbc).person(this.stranger, "Zoë");
		this.promises.insert(this.stranger, promise(strangersPerson, PromiseOwner.ME, TODAY, PromiseStatus.OPEN));

		assertThat(this.promises.openDueBy(this.member, TODAY.plusDays(7), 10)).extracting(Promise::id)
			.containsExactly(overdue.id(), today.id(), later.id());
		assertThat(this.promises.openDueBy(this.member, TODAY.plusDays(7), 1)).extracting(Promise::id)
			.containsExactly(overdue.id());
	}

	@Test
	void openAndClosedPromisesOfPeople() {
		Promise zoeUndated = promise(this.zoe, PromiseOwner.ME, null);
		Promise liSoon = promise(this.li, PromiseOwner.THEM, TODAY);
		Promise zoeKept = closed(promise(this.zoe, PromiseOwner.ME, TODAY), PromiseStatus.KEPT);

		assertThat(this.promises.openWith(this.member, List.of(this.zoe, this.li))).extracting(Promise::id)
			.containsExactly(liSoon.id(), zoeUndated.id());
		assertThat(this.promises.openWith(this.stranger, List.of(this.zoe, this.li))).isEmpty();
		assertThat(this.promises.closedWith(this.member, this.zoe, 5)).extracting(Promise::id)
			.containsExactly(zoeKept.id());
	}

	@Test
	void deletesOnlyTheMembersOwnPromise() {
		Promise promise = promise(this.zoe, PromiseOwner.ME, null);

		assertThat(this.promises.delete(this.stranger, promise.id())).isFalse();
		assertThat(this.promises.delete(this.member, promise.id())).isTrue();
		assertThat(this.promises.find(this.member, promise.id())).isEmpty();
	}

	private Exchange given(UUID personId, ExchangeKind kind, LocalDate on) {
		Exchange exchange = exchange(personId, Direction.GIVEN, kind, on, null);
		this.exchanges.insert(this.member, exchange);
		return exchange;
	}

	private Exchange received(UUID personId, ExchangeKind kind, LocalDate on) {
		Exchange exchange = exchange(personId, Direction.RECEIVED, kind, on, null);
		this.exchanges.insert(this.member, exchange);
		return exchange;
	}

	private static Exchange exchange(UUID personId, Direction direction, ExchangeKind kind, LocalDate on,
			UUID meetingId) {
		return new Exchange(UUID.randomUUID(), personId, direction, kind, "Introduced her to Ana at the café ☕", on,
				meetingId, NOW);
	}

	private Promise promise(UUID personId, PromiseOwner owner, LocalDate due) {
		Promise promise = promise(personId, owner, due, PromiseStatus.OPEN);
		this.promises.insert(this.member, promise);
		return promise;
	}

	private static Promise promise(UUID personId, PromiseOwner owner, LocalDate due, PromiseStatus status) {
		return new Promise(UUID.randomUUID(), personId, owner, "Send the article on soil carbon", due, status, null,
				NOW, status.closed() ? NOW : null);
	}

	private Promise closed(Promise promise, PromiseStatus status) {
		Promise closed = new Promise(promise.id(), promise.personId(), promise.owner(), promise.text(), promise.due(),
				status, null, promise.createdAt(), NOW);
		this.promises.update(this.member, closed);
		return closed;
	}

	private static PageRequest page(int page, int size) {
		return new PageRequest(page, size);
	}

	private static <T> List<UUID> ids(PageOf<T> page) {
		return page.items().stream().map(LedgerRepositoryContract::id).toList();
	}

	private static UUID id(Object item) {
		return (item instanceof Exchange exchange) ? exchange.id() : ((Promise) item).id();
	}

}

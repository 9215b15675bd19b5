package org.tend.ledger.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tend.ledger.Promise;
import org.tend.ledger.PromiseFilter;
import org.tend.ledger.PromiseOwner;
import org.tend.ledger.PromiseStatus;
import org.tend.shared.FilteredQuery;
import org.tend.shared.PageOf;
import org.tend.shared.PageRequest;

@Repository
public class PromiseRepository {

	private static final String COLUMNS = "id, person_id, owed_by, body, due_on, status, meeting_id, created_at, closed_at";

	/** Soonest due first (so the overdue lead), undated last. */
	private static final String DUE_ORDER = "due_on asc nulls last, created_at, id";

	private static final String BY_DUE = " order by " + DUE_ORDER;

	private final JdbcClient jdbc;

	PromiseRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void insert(UUID ownerId, Promise promise) {
		this.jdbc.sql("""
				insert into promise (id, owner_id, person_id, owed_by, body, due_on, status, meeting_id, created_at,
				                     closed_at)
				values (:id, :owner, :person, :owedBy, :body, :due, :status, :meeting, :createdAt, :closedAt)""")
			.param("id", promise.id())
			.param("owner", ownerId)
			.param("person", promise.personId())
			.param("owedBy", promise.owner().code())
			.param("body", promise.text())
			.param("due", date(promise.due()))
			.param("status", promise.status().code())
			.param("meeting", promise.meetingId())
			.param("createdAt", Timestamp.from(promise.createdAt()))
			.param("closedAt", timestamp(promise.closedAt()))
			.update();
	}

	/** Writes what may change after creation. */
	public boolean update(UUID ownerId, Promise promise) {
		return this.jdbc.sql("""
				update promise set person_id = :person, owed_by = :owedBy, body = :body, due_on = :due,
				                   status = :status, closed_at = :closedAt
				where owner_id = :owner and id = :id""")
			.param("id", promise.id())
			.param("owner", ownerId)
			.param("person", promise.personId())
			.param("owedBy", promise.owner().code())
			.param("body", promise.text())
			.param("due", date(promise.due()))
			.param("status", promise.status().code())
			.param("closedAt", timestamp(promise.closedAt()))
			.update() > 0;
	}

	public Optional<Promise> find(UUID ownerId, UUID id) {
		return this.jdbc.sql("select " + COLUMNS + " from promise where owner_id = :owner and id = :id")
			.param("owner", ownerId)
			.param("id", id)
			.query(PromiseRepository::promise)
			.optional();
	}

	public PageOf<Promise> find(UUID ownerId, PromiseFilter filter, PageRequest page) {
		FilteredQuery query = FilteredQuery.where("owner_id = :owner", "owner", ownerId)
			.andIfSet(filter.status(), "status = :status", "status", PromiseStatus::code)
			.andIfSet(filter.personId(), "person_id = :person", "person", (id) -> id)
			.andIfSet(filter.owner(), "owed_by = :owedBy", "owedBy", PromiseOwner::code)
			.andIfSet(filter.dueBefore(), "due_on < :dueBefore", "dueBefore", Date::valueOf);
		return query.page(this.jdbc, "promise", COLUMNS, DUE_ORDER, page, PromiseRepository::promise);
	}

	/** The open promises with any of the people, soonest due first. */
	public List<Promise> openWith(UUID ownerId, Collection<UUID> personIds) {
		if (personIds.isEmpty()) {
			return List.of();
		}
		return this.jdbc
			.sql("select " + COLUMNS + " from promise where owner_id = :owner and status = 'open'"
					+ " and person_id in (:people)" + BY_DUE)
			.param("owner", ownerId)
			.param("people", personIds)
			.query(PromiseRepository::promise)
			.list();
	}

	/** The latest kept or dropped promises with a person, last closed first. */
	public List<Promise> closedWith(UUID ownerId, UUID personId, int limit) {
		return this.jdbc
			.sql("select " + COLUMNS + " from promise where owner_id = :owner and status <> 'open'"
					+ " and person_id = :person order by closed_at desc, id fetch first :limit rows only")
			.param("owner", ownerId)
			.param("person", personId)
			.param("limit", limit)
			.query(PromiseRepository::promise)
			.list();
	}

	/** Open promises due on or before the day (overdue ones included), soonest first. */
	public List<Promise> openDueBy(UUID ownerId, LocalDate until, int limit) {
		return this.jdbc
			.sql("select " + COLUMNS + " from promise where owner_id = :owner and status = 'open'"
					+ " and due_on <= :until" + BY_DUE + " fetch first :limit rows only")
			.param("owner", ownerId)
			.param("until", Date.valueOf(until))
			.param("limit", limit)
			.query(PromiseRepository::promise)
			.list();
	}

	public boolean delete(UUID ownerId, UUID id) {
		return this.jdbc.sql("delete from promise where owner_id = :owner and id = :id")
			.param("owner", ownerId)
			.param("id", id)
			.update() > 0;
	}

	static Promise promise(ResultSet rs, int row) throws SQLException {
		Date due = rs.getDate("due_on");
		Timestamp closedAt = rs.getTimestamp("closed_at");
		return new Promise(rs.getObject("id", UUID.class), rs.getObject("person_id", UUID.class),
				PromiseOwner.fromCode(rs.getString("owed_by")), rs.getString("body"),
				(due != null) ? due.toLocalDate() : null, PromiseStatus.fromCode(rs.getString("status")),
				rs.getObject("meeting_id", UUID.class), rs.getTimestamp("created_at").toInstant(),
				(closedAt != null) ? closedAt.toInstant() : null);
	}

	private static Date date(LocalDate date) {
		return (date != null) ? Date.valueOf(date) : null;
	}

	private static Timestamp timestamp(Instant instant) {
		return (instant != null) ? Timestamp.from(instant) : null;
	}

}

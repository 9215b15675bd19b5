package org.tend.ledger.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tend.ledger.Direction;
import org.tend.ledger.Exchange;
import org.tend.ledger.ExchangeFilter;
import org.tend.ledger.ExchangeKind;
import org.tend.ledger.Reciprocity;
import org.tend.shared.FilteredQuery;
import org.tend.shared.PageOf;
import org.tend.shared.PageRequest;

@Repository
public class ExchangeRepository {

	private static final String COLUMNS = "id, person_id, direction, kind, description, happened_on, meeting_id, created_at";

	private static final String NEWEST_FIRST = "happened_on desc, created_at desc, id";

	private final JdbcClient jdbc;

	ExchangeRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void insert(UUID ownerId, Exchange exchange) {
		this.jdbc.sql("""
				insert into exchange (id, owner_id, person_id, direction, kind, description, happened_on, meeting_id,
				                      created_at)
				values (:id, :owner, :person, :direction, :kind, :description, :on, :meeting, :createdAt)""")
			.param("id", exchange.id())
			.param("owner", ownerId)
			.param("person", exchange.personId())
			.param("direction", exchange.direction().code())
			.param("kind", exchange.kind().code())
			.param("description", exchange.description())
			.param("on", Date.valueOf(exchange.on()))
			.param("meeting", exchange.meetingId())
			.param("createdAt", Timestamp.from(exchange.createdAt()))
			.update();
	}

	public Optional<Exchange> find(UUID ownerId, UUID id) {
		return this.jdbc.sql("select " + COLUMNS + " from exchange where owner_id = :owner and id = :id")
			.param("owner", ownerId)
			.param("id", id)
			.query(ExchangeRepository::exchange)
			.optional();
	}

	public PageOf<Exchange> find(UUID ownerId, ExchangeFilter filter, PageRequest page) {
		FilteredQuery query = FilteredQuery.where("owner_id = :owner", "owner", ownerId)
			.andIfSet(filter.personId(), "person_id = :person", "person", (id) -> id)
			.andIfSet(filter.direction(), "direction = :direction", "direction", Direction::code)
			.andIfSet(filter.kind(), "kind = :kind", "kind", ExchangeKind::code)
			.andIfSet(filter.from(), "happened_on >= :from", "from", Date::valueOf)
			.andIfSet(filter.to(), "happened_on <= :to", "to", Date::valueOf);
		return query.page(this.jdbc, "exchange", COLUMNS, NEWEST_FIRST, page, ExchangeRepository::exchange);
	}

	/** The latest exchanges with any of the people, newest first. */
	public List<Exchange> latestWith(UUID ownerId, Collection<UUID> personIds, int limit) {
		if (personIds.isEmpty()) {
			return List.of();
		}
		return this.jdbc
			.sql("select " + COLUMNS + " from exchange where owner_id = :owner and person_id in (:people)"
					+ " order by " + NEWEST_FIRST + " fetch first :limit rows only")
			.param("owner", ownerId)
			.param("people", personIds)
			.param("limit", limit)
			.query(ExchangeRepository::exchange)
			.list();
	}

	/** Given and received counts for each of the people who have any exchange. */
	public List<Reciprocity> reciprocity(UUID ownerId, Collection<UUID> personIds) {
		if (personIds.isEmpty()) {
			return List.of();
		}
		Map<UUID, long[]> counts = new HashMap<>();
		this.jdbc.sql("""
				select person_id, direction, count(*) as n from exchange
				where owner_id = :owner and person_id in (:people)
				group by person_id, direction""")
			.param("owner", ownerId)
			.param("people", personIds)
			.query((ResultSet rs) -> {
				long[] pair = counts.computeIfAbsent(rs.getObject("person_id", UUID.class), (id) -> new long[2]);
				pair[Direction.fromCode(rs.getString("direction")) == Direction.GIVEN ? 0 : 1] = rs.getLong("n");
			});
		List<Reciprocity> result = new ArrayList<>();
		counts.forEach((personId, pair) -> result.add(new Reciprocity(personId, pair[0], pair[1])));
		return result;
	}

	public boolean delete(UUID ownerId, UUID id) {
		return this.jdbc.sql("delete from exchange where owner_id = :owner and id = :id")
			.param("owner", ownerId)
			.param("id", id)
			.update() > 0;
	}

	static Exchange exchange(ResultSet rs, int row) throws SQLException {
		return new Exchange(rs.getObject("id", UUID.class), rs.getObject("person_id", UUID.class),
				Direction.fromCode(rs.getString("direction")), ExchangeKind.fromCode(rs.getString("kind")),
				rs.getString("description"), rs.getDate("happened_on").toLocalDate(),
				rs.getObject("meeting_id", UUID.class), rs.getTimestamp("created_at").toInstant());
	}

}

package org.tend.ledger.internal;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tend.ledger.Direction;
import org.tend.ledger.ExchangeCount;
import org.tend.ledger.ExchangeKind;
import org.tend.ledger.PromiseRecord;
import org.tend.ledger.PromiseStatus;

/** Counts over a batch of people for modules that weigh relationships (depth). */
@Repository
public class LedgerTallies {

	private final JdbcClient jdbc;

	LedgerTallies(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<ExchangeCount> exchangeCounts(UUID ownerId, Collection<UUID> personIds) {
		String people = (personIds != null) ? " and person_id in (:ids)" : "";
		var sql = this.jdbc
			.sql("select person_id, direction, kind, count(*) as n from exchange where owner_id = :owner" + people
					+ " group by person_id, direction, kind")
			.param("owner", ownerId);
		if (personIds != null) {
			if (personIds.isEmpty()) {
				return List.of();
			}
			sql = sql.param("ids", personIds);
		}
		return sql
			.query((rs, row) -> new ExchangeCount(rs.getObject("person_id", UUID.class),
					Direction.fromCode(rs.getString("direction")), ExchangeKind.fromCode(rs.getString("kind")),
					rs.getLong("n")))
			.list();
	}

	public Map<UUID, PromiseRecord> promiseRecords(UUID ownerId, Collection<UUID> personIds, LocalDate today) {
		Map<UUID, int[]> counts = new HashMap<>();
		if (personIds.isEmpty()) {
			return Map.of();
		}
		this.jdbc.sql("""
				select person_id, status, due_on, closed_at from promise
				where owner_id = :owner and person_id in (:ids)""")
			.param("owner", ownerId)
			.param("ids", personIds)
			.query((rs) -> {
				PromiseStatus status = PromiseStatus.fromCode(rs.getString("status"));
				LocalDate due = (rs.getDate("due_on") != null) ? rs.getDate("due_on").toLocalDate() : null;
				int[] tally = counts.computeIfAbsent(rs.getObject("person_id", UUID.class), (id) -> new int[3]);
				if (status == PromiseStatus.KEPT) {
					LocalDate closed = rs.getTimestamp("closed_at").toInstant().atZone(ZoneOffset.UTC).toLocalDate();
					tally[(due == null || !closed.isAfter(due)) ? 0 : 1]++;
				}
				else if (status == PromiseStatus.DROPPED || (due != null && due.isBefore(today))) {
					tally[2]++;
				}
			});
		Map<UUID, PromiseRecord> records = new HashMap<>();
		counts.forEach((id, tally) -> records.put(id, new PromiseRecord(id, tally[0], tally[1], tally[2])));
		return records;
	}

}

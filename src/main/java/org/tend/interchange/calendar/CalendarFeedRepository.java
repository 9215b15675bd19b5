package org.tend.interchange.calendar;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Each member's calendar feed, by the hash of its secret token. */
@Repository
public class CalendarFeedRepository {

	private final JdbcClient jdbc;

	CalendarFeedRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Replaces the member's feed: the old address stops working. */
	public void replace(UUID ownerId, String tokenHash, Instant now) {
		delete(ownerId);
		this.jdbc.sql("insert into calendar_feed (owner_id, token_hash, created_at) values (:owner, :hash, :now)")
			.param("owner", ownerId)
			.param("hash", tokenHash)
			.param("now", Timestamp.from(now))
			.update();
	}

	public boolean delete(UUID ownerId) {
		return this.jdbc.sql("delete from calendar_feed where owner_id = :owner").param("owner", ownerId).update() > 0;
	}

	public Optional<UUID> ownerOf(String tokenHash) {
		return this.jdbc.sql("select owner_id from calendar_feed where token_hash = :hash")
			.param("hash", tokenHash)
			.query(UUID.class)
			.optional();
	}

	public Optional<Instant> createdAt(UUID ownerId) {
		return this.jdbc.sql("select created_at from calendar_feed where owner_id = :owner")
			.param("owner", ownerId)
			.query((rs, row) -> rs.getTimestamp("created_at").toInstant())
			.optional();
	}

}

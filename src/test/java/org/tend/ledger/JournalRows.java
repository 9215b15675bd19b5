package org.tend.ledger;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Accounts, people and meetings inserted with plain SQL: the ledger's tests need rows to
 * point at, not the modules that own them.
 */
public final class JournalRows {

	private static final Timestamp CREATED = Timestamp.from(Instant.parse("2026-01-05T10:00:00Z"));

	private final JdbcClient jdbc;

	public JournalRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public UUID account(String displayName) {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				insert into account (id, email, password_hash, display_name, time_zone, demo, created_at)
				values (:id, :email, 'x', :name, 'Europe/Madrid', false, :at)""")
			.param("id", id)
			.param("email", id + "@example.org")
			.param("name", displayName)
			.param("at", CREATED)
			.update();
		return id;
	}

	public UUID person(UUID ownerId, String name) {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				insert into person (id, owner_id, name, sort_name, created_at, updated_at)
				values (:id, :owner, :name, :sort, :at, :at)""")
			.param("id", id)
			.param("owner", ownerId)
			.param("name", name)
			.param("sort", name.toLowerCase())
			.param("at", CREATED)
			.update();
		return id;
	}

	public UUID meeting(UUID ownerId, UUID... personIds) {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				insert into meeting (id, owner_id, kind, mode, starts_at, status, created_at, updated_at)
				values (:id, :owner, 'coffee', 'in_person', :at, 'happened', :at, :at)""")
			.param("id", id)
			.param("owner", ownerId)
			.param("at", CREATED)
			.update();
		for (UUID personId : personIds) {
			this.jdbc.sql("insert into meeting_person (meeting_id, person_id, owner_id) values (:m, :p, :o)")
				.param("m", id)
				.param("p", personId)
				.param("o", ownerId)
				.update();
		}
		return id;
	}

}

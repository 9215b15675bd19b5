package org.tend.meetings;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Rows the meetings tests stand on, written with plain SQL: accounts and people belong to
 * other modules, whose pages are not needed here.
 */
public final class JournalFixtures {

	static final Instant CREATED = Instant.parse("2026-01-05T08:00:00Z");

	private final JdbcClient jdbc;

	public JournalFixtures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public UUID account(String email) {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				insert into account (id, email, password_hash, display_name, time_zone, created_at)
				values (:id, :email, 'x', 'Member', 'Europe/Madrid', :at)""")
			.param("id", id)
			.param("email", email)
			.param("at", Timestamp.from(CREATED))
			.update();
		return id;
	}

	public UUID person(UUID ownerId, String name) {
		return person(ownerId, name, null);
	}

	/** A person; with a cadence, their due date follows their last meeting. */
	public UUID person(UUID ownerId, String name, Integer cadenceDays) {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				insert into person (id, owner_id, name, sort_name, cadence_days, created_at, updated_at)
				values (:id, :owner, :name, :sortName, :cadence, :at, :at)""")
			.param("id", id)
			.param("owner", ownerId)
			.param("name", name)
			.param("sortName", name.toLowerCase(Locale.ROOT))
			.param("cadence", cadenceDays)
			.param("at", Timestamp.from(CREATED))
			.update();
		return id;
	}

	public void note(UUID ownerId, UUID personId, String kind, String text, LocalDate on) {
		this.jdbc.sql("""
				insert into listening_note (id, owner_id, person_id, kind, body, noted_on, created_at)
				values (:id, :owner, :person, :kind, :body, :on, :at)""")
			.param("id", UUID.randomUUID())
			.param("owner", ownerId)
			.param("person", personId)
			.param("kind", kind)
			.param("body", text)
			.param("on", Date.valueOf(on))
			.param("at", Timestamp.from(CREATED))
			.update();
	}

	public LocalDate lastMetOn(UUID personId) {
		return this.jdbc.sql("select last_met_on from person where id = :id").param("id", personId).query((rs, row) -> {
			Date date = rs.getDate(1);
			return (date != null) ? date.toLocalDate() : null;
		}).list().get(0);
	}

	public LocalDate dueOn(UUID personId) {
		return this.jdbc.sql("select due_on from person where id = :id").param("id", personId).query((rs, row) -> {
			Date date = rs.getDate(1);
			return (date != null) ? date.toLocalDate() : null;
		}).list().get(0);
	}

	public long meetingRows(UUID ownerId) {
		return this.jdbc.sql("select count(*) from meeting where owner_id = :owner")
			.param("owner", ownerId)
			.query(Long.class)
			.single();
	}

	public long searchDocuments(UUID ownerId, UUID meetingId) {
		return this.jdbc.sql("select count(*) from search_document where owner_id = :owner and source_id = :id")
			.param("owner", ownerId)
			.param("id", meetingId)
			.query(Long.class)
			.single();
	}

}

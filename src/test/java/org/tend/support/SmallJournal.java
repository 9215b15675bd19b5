package org.tend.support;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A member with a small journal, written with plain SQL: a module's tests need accounts,
 * people and meetings to point at, not the modules that own them. Accounts made here live
 * in Madrid; {@link #setTimeZone} moves a member signed up through the API there too.
 */
public final class SmallJournal {

	/** When every row made here was created: early January, before any test's "now". */
	public static final Instant CREATED = Instant.parse("2026-01-05T10:00:00Z");

	private final JdbcClient jdbc;

	public SmallJournal(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** An account in Madrid whose e-mail is its id at example.org. */
	public UUID account(String displayName) {
		UUID id = UUID.randomUUID();
		insertAccount(id, id + "@example.org", displayName);
		return id;
	}

	/** An account in Madrid with the given e-mail, for tests that sign in as it. */
	public UUID account(String displayName, String email) {
		UUID id = UUID.randomUUID();
		insertAccount(id, email, displayName);
		return id;
	}

	private void insertAccount(UUID id, String email, String displayName) {
		this.jdbc.sql("""
				insert into account (id, email, password_hash, display_name, time_zone, demo, created_at)
				values (:id, :email, 'x', :name, 'Europe/Madrid', false, :at)""")
			.param("id", id)
			.param("email", email)
			.param("name", displayName)
			.param("at", Timestamp.from(CREATED))
			.update();
	}

	/** Moves a member's account (one signed up through the API, say) to another zone. */
	public void setTimeZone(UUID accountId, String zone) {
		this.jdbc.sql("update account set time_zone = :zone where id = :id")
			.param("zone", zone)
			.param("id", accountId)
			.update();
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

	/** A coffee that happened, with the given people. */
	public UUID meeting(UUID ownerId, UUID... personIds) {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				insert into meeting (id, owner_id, kind, mode, starts_at, status, created_at, updated_at)
				values (:id, :owner, 'coffee', 'in_person', :at, 'happened', :at, :at)""")
			.param("id", id)
			.param("owner", ownerId)
			.param("at", Timestamp.from(CREATED))
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

	/** The day the member last met the person, as stored; null when never. */
	public LocalDate lastMetOn(UUID personId) {
		return this.jdbc.sql("select last_met_on from person where id = :id").param("id", personId).query((rs, row) -> {
			Date date = rs.getDate(1);
			return (date != null) ? date.toLocalDate() : null;
		}).list().get(0);
	}

	/** The day the person is due for a reconnect, as stored; null without a cadence. */
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

	public long searchDocuments(UUID ownerId, UUID sourceId) {
		return this.jdbc.sql("select count(*) from search_document where owner_id = :owner and source_id = :id")
			.param("owner", ownerId)
			.param("id", sourceId)
			.query(Long.class)
			.single();
	}

}

package org.tend.challenge.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tend.challenge.ChallengeSettings;
import org.tend.challenge.Pace;

/** Each member's challenge settings and this week's dismissed suggestions. */
@Repository
public class ChallengeRepository {

	private final JdbcClient jdbc;

	ChallengeRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<ChallengeSettings> settings(UUID ownerId) {
		return this.jdbc.sql("select goal, pace from challenge_settings where owner_id = :owner")
			.param("owner", ownerId)
			.query((rs, row) -> new ChallengeSettings(rs.getInt("goal"), Pace.fromCode(rs.getString("pace"))))
			.optional();
	}

	public void saveSettings(UUID ownerId, ChallengeSettings settings, Instant now) {
		int updated = this.jdbc
			.sql("update challenge_settings set goal = :goal, pace = :pace, updated_at = :now where owner_id = :owner")
			.param("goal", settings.goal())
			.param("pace", settings.pace().code())
			.param("now", Timestamp.from(now))
			.param("owner", ownerId)
			.update();
		if (updated == 0) {
			this.jdbc.sql("""
					insert into challenge_settings (owner_id, goal, pace, updated_at)
					values (:owner, :goal, :pace, :now)""")
				.param("owner", ownerId)
				.param("goal", settings.goal())
				.param("pace", settings.pace().code())
				.param("now", Timestamp.from(now))
				.update();
		}
	}

	/** The people dismissed in the week ({@code 2026-W48}). */
	public Set<UUID> dismissed(UUID ownerId, String week) {
		return Set
			.copyOf(this.jdbc.sql("select person_id from challenge_dismissal where owner_id = :owner and week = :week")
				.param("owner", ownerId)
				.param("week", week)
				.query(UUID.class)
				.list());
	}

	/** Dismisses the person for the week; a second dismissal changes nothing. */
	public void dismiss(UUID ownerId, String week, UUID personId, Instant now) {
		long already = this.jdbc.sql("""
				select count(*) from challenge_dismissal
				where owner_id = :owner and week = :week and person_id = :person""")
			.param("owner", ownerId)
			.param("week", week)
			.param("person", personId)
			.query(Long.class)
			.single();
		if (already == 0) {
			this.jdbc.sql("""
					insert into challenge_dismissal (owner_id, week, person_id, dismissed_at)
					values (:owner, :week, :person, :now)""")
				.param("owner", ownerId)
				.param("week", week)
				.param("person", personId)
				.param("now", Timestamp.from(now))
				.update();
		}
	}

}

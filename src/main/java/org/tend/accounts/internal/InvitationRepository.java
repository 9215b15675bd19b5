package org.tend.accounts.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class InvitationRepository {

	private final JdbcClient jdbc;

	InvitationRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(UUID id, UUID createdBy, String codeHash, Instant createdAt) {
		this.jdbc.sql("""
				insert into invitation (id, created_by, code_hash, created_at)
				values (:id, :createdBy, :hash, :createdAt)""")
			.param("id", id)
			.param("createdBy", createdBy)
			.param("hash", codeHash)
			.param("createdAt", Timestamp.from(createdAt))
			.update();
	}

	/** Whether an unused invitation made after {@code notBefore} has this code. */
	boolean isUsable(String codeHash, Instant notBefore) {
		return this.jdbc.sql("""
				select count(*) from invitation
				where code_hash = :hash and used_at is null and created_at > :notBefore""")
			.param("hash", codeHash)
			.param("notBefore", Timestamp.from(notBefore))
			.query(Long.class)
			.single() > 0;
	}

	/**
	 * Spends an unused invitation made after {@code notBefore}; false when there is none
	 * with this code. One conditional update, so that two sign-ups racing for the same
	 * code cannot both win.
	 */
	boolean spend(String codeHash, UUID usedBy, Instant when, Instant notBefore) {
		return this.jdbc.sql("""
				update invitation set used_at = :when, used_by = :usedBy
				where code_hash = :hash and used_at is null and created_at > :notBefore""")
			.param("hash", codeHash)
			.param("usedBy", usedBy)
			.param("when", Timestamp.from(when))
			.param("notBefore", Timestamp.from(notBefore))
			.update() > 0;
	}

	/** How many invitations the member made that nobody has used yet. */
	long countOpen(UUID createdBy, Instant notBefore) {
		return this.jdbc.sql("""
				select count(*) from invitation
				where created_by = :createdBy and used_at is null and created_at > :notBefore""")
			.param("createdBy", createdBy)
			.param("notBefore", Timestamp.from(notBefore))
			.query(Long.class)
			.single();
	}

}

package org.tend.accounts;

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

	/** Spends an unused invitation; false when there is none with this code. */
	boolean spend(String codeHash, UUID usedBy, Instant when) {
		return this.jdbc.sql("""
				update invitation set used_at = :when, used_by = :usedBy
				where code_hash = :hash and used_at is null""")
			.param("hash", codeHash)
			.param("usedBy", usedBy)
			.param("when", Timestamp.from(when))
			.update() > 0;
	}

}

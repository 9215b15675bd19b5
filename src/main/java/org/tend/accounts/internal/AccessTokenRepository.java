package org.tend.accounts.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tend.accounts.AccessToken;

@Repository
public class AccessTokenRepository {

	private final JdbcClient jdbc;

	AccessTokenRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void insert(UUID accountId, AccessToken token, String tokenHash) {
		this.jdbc.sql("""
				insert into access_token (id, account_id, name, token_hash, created_at)
				values (:id, :account, :name, :hash, :createdAt)""")
			.param("id", token.id())
			.param("account", accountId)
			.param("name", token.name())
			.param("hash", tokenHash)
			.param("createdAt", Timestamp.from(token.createdAt()))
			.update();
	}

	public List<AccessToken> findByAccount(UUID accountId) {
		return this.jdbc.sql("""
				select id, name, created_at, last_used_at, revoked_at from access_token
				where account_id = :account order by created_at desc""")
			.param("account", accountId)
			.query((rs, row) -> new AccessToken(rs.getObject("id", UUID.class), rs.getString("name"),
					rs.getTimestamp("created_at").toInstant(),
					AccountRepository.instant(rs.getTimestamp("last_used_at")),
					AccountRepository.instant(rs.getTimestamp("revoked_at"))))
			.list();
	}

	/** The account holding an active token with this hash, marking the token as used. */
	public Optional<UUID> accountForActiveToken(String tokenHash) {
		return this.jdbc.sql("select account_id from access_token where token_hash = :hash and revoked_at is null")
			.param("hash", tokenHash)
			.query(UUID.class)
			.optional();
	}

	/**
	 * Records use at most once a minute, so that scripts calling the API do not write on
	 * every call.
	 */
	public void markUsed(String tokenHash, Instant when) {
		this.jdbc.sql("""
				update access_token set last_used_at = :when
				where token_hash = :hash and (last_used_at is null or last_used_at < :threshold)""")
			.param("hash", tokenHash)
			.param("when", Timestamp.from(when))
			.param("threshold", Timestamp.from(when.minusSeconds(60)))
			.update();
	}

	public boolean revoke(UUID accountId, UUID tokenId, Instant when) {
		return this.jdbc.sql("""
				update access_token set revoked_at = :when
				where id = :id and account_id = :account and revoked_at is null""")
			.param("id", tokenId)
			.param("account", accountId)
			.param("when", Timestamp.from(when))
			.update() > 0;
	}

	public void revokeAll(UUID accountId, Instant when) {
		this.jdbc.sql("update access_token set revoked_at = :when where account_id = :account and revoked_at is null")
			.param("account", accountId)
			.param("when", Timestamp.from(when))
			.update();
	}

}

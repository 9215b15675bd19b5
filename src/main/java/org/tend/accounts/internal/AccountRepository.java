package org.tend.accounts.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.text.Normalizer;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tend.accounts.Account;

@Repository
public class AccountRepository {

	private static final String COLUMNS = "id, email, display_name, time_zone, demo, created_at";

	private final JdbcClient jdbc;

	AccountRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void insert(Account account, String passwordHash) {
		this.jdbc.sql("""
				insert into account (id, email, password_hash, display_name, time_zone, demo, created_at)
				values (:id, :email, :hash, :name, :zone, :demo, :createdAt)""")
			.param("id", account.id())
			.param("email", account.email())
			.param("hash", passwordHash)
			.param("name", account.displayName())
			.param("zone", account.zone().getId())
			.param("demo", account.demo())
			.param("createdAt", Timestamp.from(account.createdAt()))
			.update();
	}

	public boolean emailExists(String email) {
		return this.jdbc.sql("select count(*) from account where email = :email")
			.param("email", email)
			.query(Long.class)
			.single() > 0;
	}

	/**
	 * How many real members (not sample-data accounts) the server has: none means the
	 * first one is signing up.
	 */
	long countMembers() {
		return this.jdbc.sql("select count(*) from account where demo = false").query(Long.class).single();
	}

	public Optional<Account> findById(UUID id) {
		return this.jdbc.sql("select " + COLUMNS + " from account where id = :id")
			.param("id", id)
			.query(AccountRepository::account)
			.optional();
	}

	/**
	 * The addresses of the real members (no sample-data account) among the ids, a
	 * thousand ids a statement (a round of 10,000 members asked one query each).
	 */
	public Map<UUID, String> realEmails(Collection<UUID> ids) {
		Map<UUID, String> emails = new HashMap<>();
		List<UUID> all = List.copyOf(ids);
		for (int from = 0; from < all.size(); from += 1000) {
			this.jdbc.sql("select id, email from account where demo = false and id in (:ids)")
				.param("ids", all.subList(from, Math.min(all.size(), from + 1000)))
				.query((rs) -> {
					emails.put(rs.getObject("id", UUID.class), rs.getString("email"));
				});
		}
		return emails;
	}

	/** Real members (no sample-data account) ordered by id, after the given id. */
	public List<Account> membersAfter(UUID after, int limit) {
		String from = (after != null) ? " and id > :after" : "";
		JdbcClient.StatementSpec query = this.jdbc
			.sql("select " + COLUMNS + " from account where demo = false" + from
					+ " order by id fetch first :limit rows only")
			.param("limit", limit);
		return ((after != null) ? query.param("after", after) : query).query(AccountRepository::account).list();
	}

	public Optional<Account> findByEmail(String email) {
		return this.jdbc.sql("select " + COLUMNS + " from account where email = :email")
			.param("email", email)
			.query(AccountRepository::account)
			.optional();
	}

	public Optional<String> passwordHash(UUID id) {
		return this.jdbc.sql("select password_hash from account where id = :id")
			.param("id", id)
			.query(String.class)
			.optional();
	}

	public void updatePasswordHash(UUID id, String passwordHash) {
		this.jdbc.sql("update account set password_hash = :hash where id = :id")
			.param("id", id)
			.param("hash", passwordHash)
			.update();
	}

	public void updateProfile(UUID id, String displayName, ZoneId zone) {
		this.jdbc.sql("update account set display_name = :name, time_zone = :zone where id = :id")
			.param("id", id)
			.param("name", displayName)
			.param("zone", zone.getId())
			.update();
	}

	static Account account(ResultSet rs, int row) throws SQLException {
		return new Account(rs.getObject("id", UUID.class), rs.getString("email"), rs.getString("display_name"),
				ZoneId.of(rs.getString("time_zone")), rs.getBoolean("demo"), rs.getTimestamp("created_at").toInstant());
	}

	static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

	/**
	 * One spelling per address: surrounding spaces dropped, Unicode composed (a "ë" typed
	 * as e + diaeresis is the same letter) and lower case.
	 */
	public static String normaliseEmail(String email) {
		return Normalizer.normalize(email.strip(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
	}

}

package org.tend.mail.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tend.mail.OutgoingMail;
import org.tend.mail.SecretLink;
import org.tend.shared.Ids;

/**
 * The outbox table. Claiming is a conditional update of the selected rows that are still
 * due: of two senders that select the same due row, only one takes it.
 */
@Repository
public class OutboxRepository {

	private static final String COLUMNS = "id, owner_id, recipient, subject, text_body, html_body, headers, dedupe_key, "
			+ "status, attempts, next_attempt_at, last_error, created_at, sent_at, send_before, secret_links";

	// claimed by a sender that crashed (or is stuck) with it
	private static final String LEASE_ENDED = "(status = 'sending' and lease_until < :now)";

	// waiting for an attempt, now or later
	private static final String WAITING = "(status = 'pending' or " + LEASE_ENDED + ")";

	// a row past its limit is never due: not even one that went stale since expire() ran
	private static final String DUE = "((status = 'pending' and next_attempt_at <= :now) or " + LEASE_ENDED
			+ ") and (send_before is null or send_before > :now)";

	private static final String FINISHED = "status in ('sent', 'failed', 'expired')";

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	OutboxRepository(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	/** Inserts unless the dedupe key exists; true when inserted. */
	public boolean insertIfAbsent(UUID id, OutgoingMail mail, Instant now) {
		// "on conflict do nothing" (H2 knows it in PostgreSQL mode): a failed insert
		// would
		// abort the caller's transaction on PostgreSQL
		return this.jdbc.sql("""
				insert into mail_outbox (id, owner_id, recipient, subject, text_body, html_body, headers, dedupe_key,
				  status, attempts, next_attempt_at, created_at, send_before, secret_links)
				values (:id, :owner, :recipient, :subject, :text, :html, :headers, :key, 'pending', 0, :now, :now,
				  :sendBefore, :links)
				on conflict do nothing""")
			.param("id", id)
			.param("owner", mail.ownerId())
			.param("recipient", mail.recipient())
			.param("subject", mail.subject())
			.param("text", mail.textBody())
			.param("html", mail.htmlBody(), java.sql.Types.VARCHAR)
			.param("headers", headerLines(mail.headers()))
			.param("key", mail.dedupeKey())
			.param("now", Timestamp.from(now))
			.param("sendBefore", timestamp(mail.sendBefore()), java.sql.Types.TIMESTAMP)
			.param("links", linkLines(mail.secretLinks()))
			.update() == 1;
	}

	/**
	 * Inserts each mail unless its dedupe key exists, in one JDBC batch (a community
	 * round queues ten thousand at once); answers how many were inserted.
	 */
	public int insertAllIfAbsent(List<OutgoingMail> mails, Instant now) {
		if (mails.isEmpty()) {
			return 0;
		}
		Timestamp at = Timestamp.from(now);
		int[][] counts = this.template.batchUpdate("""
				insert into mail_outbox (id, owner_id, recipient, subject, text_body, html_body, headers, dedupe_key,
				  status, attempts, next_attempt_at, created_at, send_before, secret_links)
				values (?, ?, ?, ?, ?, ?, ?, ?, 'pending', 0, ?, ?, ?, ?)
				on conflict do nothing""", mails, 1000, (statement, mail) -> {
			statement.setObject(1, Ids.newId());
			statement.setObject(2, mail.ownerId());
			statement.setString(3, mail.recipient());
			statement.setString(4, mail.subject());
			statement.setString(5, mail.textBody());
			statement.setString(6, mail.htmlBody());
			statement.setString(7, headerLines(mail.headers()));
			statement.setString(8, mail.dedupeKey());
			statement.setTimestamp(9, at);
			statement.setTimestamp(10, at);
			statement.setTimestamp(11, timestamp(mail.sendBefore()));
			statement.setString(12, linkLines(mail.secretLinks()));
		});
		int inserted = 0;
		for (int[] chunk : counts) {
			for (int count : chunk) {
				// a conflict reports 0; a driver that cannot tell (SUCCESS_NO_INFO)
				// inserted it
				inserted += (count == 0) ? 0 : 1;
			}
		}
		return inserted;
	}

	public boolean exists(String dedupeKey) {
		return this.jdbc.sql("select count(*) from mail_outbox where dedupe_key = :key")
			.param("key", dedupeKey)
			.query(Long.class)
			.single() > 0;
	}

	/**
	 * Ids of rows due now (pending and due, or claimed by a sender whose lease ended).
	 */
	public List<UUID> due(Instant now, int limit) {
		return this.jdbc
			.sql("select id from mail_outbox where " + DUE
					+ " order by next_attempt_at, id fetch first :limit rows only")
			.param("now", Timestamp.from(now))
			.param("limit", limit)
			.query(UUID.class)
			.list();
	}

	/**
	 * Claims the row for one attempt until the lease ends, if it is still due: the row
	 * then shows the attempt, so a crash while sending is retried after the lease.
	 */
	Optional<OutboxRow> claim(UUID id, Instant now, Instant leaseUntil) {
		return claim(List.of(id), now, leaseUntil).stream().findFirst();
	}

	/**
	 * Claims those of the rows that are still due, in one statement, for one attempt
	 * until the lease ends, and answers them. Each claim carries a fresh token: a second
	 * sender that selected the same rows blocks on them, finds them no longer due once
	 * the first commits, and reads back only what its own update took.
	 */
	List<OutboxRow> claim(List<UUID> ids, Instant now, Instant leaseUntil) {
		if (ids.isEmpty()) {
			return List.of();
		}
		UUID token = Ids.newId();
		int claimed = this.jdbc
			.sql("update mail_outbox set status = 'sending', lease_until = :lease, attempts = attempts + 1, "
					+ "claimed_by = :token where id in (:ids) and " + DUE)
			.param("ids", ids)
			.param("token", token)
			.param("now", Timestamp.from(now))
			.param("lease", Timestamp.from(leaseUntil))
			.update();
		if (claimed == 0) {
			return List.of();
		}
		return this.jdbc
			.sql("select " + COLUMNS + " from mail_outbox where id in (:ids) and claimed_by = :token "
					+ "and status = 'sending' order by next_attempt_at, id")
			.param("ids", ids)
			.param("token", token)
			.query(OutboxRepository::row)
			.list();
	}

	void markSent(UUID id, Instant now) {
		markSent(List.of(id), now);
	}

	/** Marks the rows sent, in one statement. */
	void markSent(List<UUID> ids, Instant now) {
		if (ids.isEmpty()) {
			return;
		}
		this.jdbc.sql("""
				update mail_outbox set status = 'sent', sent_at = :now, lease_until = null, last_error = null
				where id in (:ids) and status = 'sending'""")
			.param("ids", ids)
			.param("now", Timestamp.from(now))
			.update();
	}

	/**
	 * Marks every waiting row whose limit has passed as expired (a row a sender holds
	 * under a live lease is left to it: it was claimed in time); answers how many. The
	 * row keeps its dedupe key, so the stale mail is not queued again.
	 */
	int expire(Instant now) {
		return this.jdbc
			.sql("update mail_outbox set status = 'expired', lease_until = null where send_before <= :now and "
					+ WAITING)
			.param("now", Timestamp.from(now))
			.update();
	}

	/** After a failed attempt: pending again from the given time, or failed for good. */
	void markAttemptFailed(UUID id, String error, Instant nextAttemptAt, boolean giveUp) {
		this.jdbc
			.sql("""
					update mail_outbox set status = :status, next_attempt_at = :next, lease_until = null, last_error = :error
					where id = :id and status = 'sending'""")
			.param("id", id)
			.param("status", giveUp ? "failed" : "pending")
			.param("next", Timestamp.from(nextAttemptAt))
			.param("error", abbreviate(error))
			.update();
	}

	/**
	 * Deletes up to {@code limit} finished rows (sent, given up, or expired) queued
	 * before the cutoff; answers how many. Pending and sending rows are never touched.
	 */
	public int deleteFinishedBefore(Instant cutoff, int limit) {
		// two statements: H2 2.4 deletes a single row of "id in (select ... fetch first n
		// rows only)" when that subquery reads an index of the table being deleted from
		List<UUID> ids = this.jdbc.sql("""
				select id from mail_outbox where %s and created_at < :cutoff
				fetch first :limit rows only""".formatted(FINISHED))
			.param("cutoff", Timestamp.from(cutoff))
			.param("limit", limit)
			.query(UUID.class)
			.list();
		if (ids.isEmpty()) {
			return 0;
		}
		return this.jdbc.sql("delete from mail_outbox where id in (:ids) and " + FINISHED).param("ids", ids).update();
	}

	public Optional<OutboxRow> find(UUID id) {
		return this.jdbc.sql("select " + COLUMNS + " from mail_outbox where id = :id")
			.param("id", id)
			.query(OutboxRepository::row)
			.optional();
	}

	public List<OutboxRow> findByOwner(UUID ownerId) {
		return this.jdbc.sql("select " + COLUMNS + " from mail_outbox where owner_id = :owner order by created_at, id")
			.param("owner", ownerId)
			.query(OutboxRepository::row)
			.list();
	}

	static String headerLines(Map<String, String> headers) {
		return headers.entrySet()
			.stream()
			.sorted(Map.Entry.comparingByKey())
			.map((header) -> header.getKey() + ": " + header.getValue())
			.collect(Collectors.joining("\n"));
	}

	static Map<String, String> parseHeaders(String lines) {
		Map<String, String> headers = new LinkedHashMap<>();
		for (String line : lines.split("\n")) {
			int colon = line.indexOf(": ");
			if (colon > 0) {
				headers.put(line.substring(0, colon), line.substring(colon + 2));
			}
		}
		return headers;
	}

	/** One "issuer subject" line a link: neither holds a space or a line break. */
	static String linkLines(List<SecretLink> links) {
		return links.stream().map((link) -> link.issuer() + " " + link.subject()).collect(Collectors.joining("\n"));
	}

	static List<SecretLink> parseLinks(String lines) {
		if (lines == null || lines.isEmpty()) {
			return List.of();
		}
		return Arrays.stream(lines.split("\n"))
			.map((line) -> line.split(" ", 2))
			.map((parts) -> new SecretLink(parts[0], parts[1]))
			.toList();
	}

	private static String abbreviate(String error) {
		String text = (error != null) ? error : "unknown error";
		return (text.length() <= 1000) ? text : text.substring(0, 997) + "...";
	}

	private static OutboxRow row(ResultSet rs, int rowNum) throws SQLException {
		return new OutboxRow(rs.getObject("id", UUID.class), rs.getObject("owner_id", UUID.class),
				rs.getString("recipient"), rs.getString("subject"), rs.getString("text_body"),
				rs.getString("html_body"), parseHeaders(rs.getString("headers")), rs.getString("dedupe_key"),
				OutboxRow.Status.fromCode(rs.getString("status")), rs.getInt("attempts"),
				instant(rs.getTimestamp("next_attempt_at")), rs.getString("last_error"),
				instant(rs.getTimestamp("created_at")), instant(rs.getTimestamp("sent_at")),
				instant(rs.getTimestamp("send_before")), parseLinks(rs.getString("secret_links")));
	}

	private static Timestamp timestamp(Instant instant) {
		return (instant != null) ? Timestamp.from(instant) : null;
	}

	private static Instant instant(Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

}

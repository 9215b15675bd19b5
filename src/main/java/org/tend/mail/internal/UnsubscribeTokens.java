package org.tend.mail.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tend.mail.MailKind;
import org.tend.mail.SecretLink;
import org.tend.mail.SecretLinkIssuer;
import org.tend.shared.Secrets;

/**
 * One-click unsubscribe links. Each mail gets a fresh random token standing for its
 * member and kind of mail; only a SHA-256 of it is stored (it is long and random, so a
 * slow hash would add nothing), so a leaked database holds no working link. The token is
 * minted when the mail is sent (as its {@link SecretLinkIssuer}), so the outbox row holds
 * only a placeholder.
 */
@Repository
public class UnsubscribeTokens implements SecretLinkIssuer {

	static final String ISSUER = "mail-unsubscribe";

	private final JdbcClient jdbc;

	UnsubscribeTokens(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The link a mail of this kind to the member carries. */
	public static SecretLink link(UUID ownerId, MailKind kind) {
		return new SecretLink(ISSUER, ownerId + ":" + kind.code());
	}

	@Override
	public String name() {
		return ISSUER;
	}

	@Override
	public String issue(String subject, Instant now) {
		int colon = subject.indexOf(':');
		return issue(UUID.fromString(subject.substring(0, colon)), MailKind.fromCode(subject.substring(colon + 1)),
				now);
	}

	/** A new token for the member and kind; the secret is returned once, never stored. */
	String issue(UUID ownerId, MailKind kind, Instant now) {
		String token = Secrets.newSecret("");
		this.jdbc.sql("""
				insert into mail_unsubscribe (token_hash, owner_id, kind, created_at)
				values (:hash, :owner, :kind, :now)""")
			.param("hash", Secrets.hash(token))
			.param("owner", ownerId)
			.param("kind", kind.code())
			.param("now", Timestamp.from(now))
			.update();
		return token;
	}

	/** The member and kind a token stands for. */
	public Optional<Subscription> find(String token) {
		if (token == null || token.length() > 100) {
			return Optional.empty();
		}
		return this.jdbc.sql("select owner_id, kind from mail_unsubscribe where token_hash = :hash")
			.param("hash", Secrets.hash(token))
			.query((rs, rowNum) -> new Subscription(rs.getObject("owner_id", UUID.class),
					MailKind.fromCode(rs.getString("kind"))))
			.optional();
	}

	/** Deletes up to {@code limit} links issued before the cutoff; answers how many. */
	int deleteIssuedBefore(Instant cutoff, int limit) {
		// selected first, as in OutboxRepository.deleteFinishedBefore
		List<String> hashes = this.jdbc
			.sql("select token_hash from mail_unsubscribe where created_at < :cutoff fetch first :limit rows only")
			.param("cutoff", Timestamp.from(cutoff))
			.param("limit", limit)
			.query(String.class)
			.list();
		if (hashes.isEmpty()) {
			return 0;
		}
		return this.jdbc.sql("delete from mail_unsubscribe where token_hash in (:hashes)")
			.param("hashes", hashes)
			.update();
	}

	public record Subscription(UUID ownerId, MailKind kind) {
	}

}

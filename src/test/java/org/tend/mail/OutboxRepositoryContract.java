package org.tend.mail;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The outbox's SQL on H2 and on PostgreSQL: enqueueing is idempotent without breaking the
 * caller's transaction, and a due row is claimed by one sender only.
 */
@Transactional
abstract class OutboxRepositoryContract {

	@Autowired
	OutboxRepository outbox;

	@Autowired
	JdbcClient jdbc;

	private final Instant now = Instant.parse("2026-11-23T09:00:00Z");

	@Test
	void aSecondMailWithTheSameDedupeKeyIsNotQueuedAndTheTransactionGoesOn() {
		OutgoingMail mail = mail("nudge:x:2026-W48");

		assertThat(this.outbox.insertIfAbsent(UUID.randomUUID(), mail, this.now)).isTrue();
		assertThat(this.outbox.insertIfAbsent(UUID.randomUUID(), mail, this.now)).isFalse();

		// on PostgreSQL a failed insert would have aborted the transaction
		assertThat(this.jdbc.sql("select count(*) from mail_outbox where dedupe_key = :key")
			.param("key", "nudge:x:2026-W48")
			.query(Long.class)
			.single()).isEqualTo(1);
		assertThat(this.outbox.exists("nudge:x:2026-W48")).isTrue();
		assertThat(this.outbox.exists("nudge:x:2026-W49")).isFalse();
	}

	@Test
	void keepsTheMailAsWritten() {
		UUID id = UUID.randomUUID();
		this.outbox.insertIfAbsent(id, mail("k1"), this.now);

		OutboxRow row = this.outbox.find(id).orElseThrow();

		assertThat(row.subject()).isEqualTo("Zoë Ñúñez 🌱 and 李小龍");
		assertThat(row.headers()).containsEntry("List-Unsubscribe", "<https://tend.example/mail/unsubscribe/abc>")
			.containsEntry("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
		assertThat(row.status()).isEqualTo(OutboxRow.Status.PENDING);
		assertThat(row.attempts()).isZero();
		assertThat(row.nextAttemptAt()).isEqualTo(this.now);
		assertThat(row.htmlBody()).isNull();
	}

	@Test
	void aDueRowIsClaimedOnceUntilItsLeaseEnds() {
		UUID id = UUID.randomUUID();
		this.outbox.insertIfAbsent(id, mail("k2"), this.now);
		Instant lease = this.now.plus(10, ChronoUnit.MINUTES);

		assertThat(this.outbox.due(this.now, 10)).containsExactly(id);
		assertThat(this.outbox.claim(id, this.now, lease)).get()
			.satisfies((row) -> assertThat(row.attempts()).isEqualTo(1));
		// a second sender that selected the same row gets nothing
		assertThat(this.outbox.claim(id, this.now, lease)).isEmpty();
		assertThat(this.outbox.due(this.now.plus(9, ChronoUnit.MINUTES), 10)).isEmpty();

		// the first sender crashed: after the lease the row is due again
		Instant later = lease.plusSeconds(1);
		assertThat(this.outbox.due(later, 10)).containsExactly(id);
		assertThat(this.outbox.claim(id, later, later.plus(10, ChronoUnit.MINUTES))).get()
			.satisfies((row) -> assertThat(row.attempts()).isEqualTo(2));
	}

	@Test
	void aSentRowIsNeverDueAgain() {
		UUID id = UUID.randomUUID();
		this.outbox.insertIfAbsent(id, mail("k3"), this.now);
		this.outbox.claim(id, this.now, this.now.plusSeconds(600));

		this.outbox.markSent(id, this.now);

		assertThat(this.outbox.find(id).orElseThrow().status()).isEqualTo(OutboxRow.Status.SENT);
		assertThat(this.outbox.due(this.now.plus(365, ChronoUnit.DAYS), 10)).isEmpty();
	}

	@Test
	void aFailedAttemptWaitsForItsNextAttemptAndTheLastGivesUp() {
		UUID id = UUID.randomUUID();
		this.outbox.insertIfAbsent(id, mail("k4"), this.now);
		this.outbox.claim(id, this.now, this.now.plusSeconds(600));

		this.outbox.markAttemptFailed(id, "Connection refused", this.now.plusSeconds(60), false);

		OutboxRow row = this.outbox.find(id).orElseThrow();
		assertThat(row.status()).isEqualTo(OutboxRow.Status.PENDING);
		assertThat(row.lastError()).isEqualTo("Connection refused");
		assertThat(this.outbox.due(this.now.plusSeconds(59), 10)).isEmpty();
		assertThat(this.outbox.due(this.now.plusSeconds(60), 10)).containsExactly(id);

		this.outbox.claim(id, this.now.plusSeconds(60), this.now.plusSeconds(660));
		this.outbox.markAttemptFailed(id, "x".repeat(5000), this.now.plusSeconds(180), true);
		assertThat(this.outbox.find(id).orElseThrow().status()).isEqualTo(OutboxRow.Status.FAILED);
		assertThat(this.outbox.find(id).orElseThrow().lastError()).hasSize(1000);
		assertThat(this.outbox.due(this.now.plus(365, ChronoUnit.DAYS), 10)).isEmpty();
	}

	private static OutgoingMail mail(String dedupeKey) {
		return new OutgoingMail(null, "zoe@example.org", "Zoë Ñúñez 🌱 and 李小龍", "Hello 🌱", null,
				Map.of("List-Unsubscribe", "<https://tend.example/mail/unsubscribe/abc>", "List-Unsubscribe-Post",
						"List-Unsubscribe=One-Click"),
				dedupeKey);
	}

}

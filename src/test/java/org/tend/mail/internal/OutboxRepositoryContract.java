package org.tend.mail.internal;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import org.tend.mail.MailKind;
import org.tend.mail.MailPreferences;
import org.tend.mail.OutgoingMail;
import org.tend.support.SmallJournal;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The outbox's SQL on H2 and on PostgreSQL: enqueueing is idempotent without breaking the
 * caller's transaction, a due row is claimed by one sender only, a row past its
 * send-before moment is never due and expires keeping its key, and retention deletes
 * finished rows and old unsubscribe links, a batch at a time, and nothing else. Every
 * kind of mail has its unsubscribe link and its switch in the member's preferences.
 */
@Transactional
abstract class OutboxRepositoryContract {

	@Autowired
	OutboxRepository outbox;

	@Autowired
	UnsubscribeTokens tokens;

	@Autowired
	PreferenceRepository preferences;

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
		assertThat(row.sendBefore()).isNull();

		UUID limited = UUID.randomUUID();
		this.outbox.insertIfAbsent(limited, mail("k1-limited", this.now.plus(6, ChronoUnit.DAYS)), this.now);
		assertThat(this.outbox.find(limited).orElseThrow().sendBefore())
			.isEqualTo(Instant.parse("2026-11-29T09:00:00Z"));
	}

	@Test
	void aRowPastItsLimitIsNeverDueAndExpiresKeepingItsKey() {
		Instant limit = this.now.plus(1, ChronoUnit.HOURS);
		UUID stale = UUID.randomUUID();
		this.outbox.insertIfAbsent(stale, mail("nudge:x:2026-W48", limit), this.now);
		UUID unlimited = queued("no-limit", this.now);

		assertThat(this.outbox.due(limit.minusSeconds(1), 10)).containsExactlyInAnyOrder(stale, unlimited);
		assertThat(this.outbox.expire(limit.minusSeconds(1))).isZero();
		// at its limit the row is no longer due, even before expire() marks it
		assertThat(this.outbox.due(limit, 10)).containsExactly(unlimited);
		assertThat(this.outbox.claim(stale, limit, limit.plusSeconds(600))).isEmpty();

		assertThat(this.outbox.expire(limit)).isEqualTo(1);

		assertThat(this.outbox.find(stale).orElseThrow().status()).isEqualTo(OutboxRow.Status.EXPIRED);
		assertThat(this.outbox.find(unlimited).orElseThrow().status()).isEqualTo(OutboxRow.Status.PENDING);
		assertThat(this.outbox.expire(limit.plus(365, ChronoUnit.DAYS))).isZero();
		// the expired row still holds its key: the stale mail is not queued again
		assertThat(this.outbox.exists("nudge:x:2026-W48")).isTrue();
		assertThat(this.outbox.insertIfAbsent(UUID.randomUUID(), mail("nudge:x:2026-W48"), limit)).isFalse();
		assertThat(this.outbox.due(limit.plus(365, ChronoUnit.DAYS), 10)).containsExactly(unlimited);
	}

	@Test
	void expiresWaitingRowsOnlyAndLeavesARowToTheSenderHoldingIt() {
		Instant limit = this.now.plus(1, ChronoUnit.HOURS);
		UUID backingOff = UUID.randomUUID();
		this.outbox.insertIfAbsent(backingOff, mail("backing-off", limit), this.now);
		this.outbox.claim(backingOff, this.now, this.now.plusSeconds(600));
		this.outbox.markAttemptFailed(backingOff, "Connection refused", limit.plus(1, ChronoUnit.HOURS), false);
		UUID held = UUID.randomUUID();
		this.outbox.insertIfAbsent(held, mail("held", limit), this.now);
		this.outbox.claim(held, limit.minusSeconds(60), limit.plusSeconds(540));
		UUID sent = UUID.randomUUID();
		this.outbox.insertIfAbsent(sent, mail("sent", limit), this.now);
		this.outbox.claim(sent, this.now, this.now.plusSeconds(600));
		this.outbox.markSent(sent, this.now);

		// a pending row waiting for its next attempt expires at once, not when it is due
		assertThat(this.outbox.expire(limit)).isEqualTo(1);
		assertThat(this.outbox.find(backingOff).orElseThrow().status()).isEqualTo(OutboxRow.Status.EXPIRED);
		assertThat(this.outbox.find(held).orElseThrow().status()).isEqualTo(OutboxRow.Status.SENDING);
		assertThat(this.outbox.find(sent).orElseThrow().status()).isEqualTo(OutboxRow.Status.SENT);

		// its sender crashed: once the lease ends the row is not sent again, it expires
		assertThat(this.outbox.due(limit.plusSeconds(541), 10)).isEmpty();
		assertThat(this.outbox.expire(limit.plusSeconds(541))).isEqualTo(1);
		assertThat(this.outbox.find(held).orElseThrow().status()).isEqualTo(OutboxRow.Status.EXPIRED);
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

	@Test
	void deletesFinishedRowsQueuedBeforeTheCutoffAndNeverAQueuedOne() {
		Instant cutoff = this.now.minus(30, ChronoUnit.DAYS);
		Instant before = cutoff.minusSeconds(1);
		UUID oldSent = sent("old-sent", before);
		UUID oldFailed = failed("old-failed", before);
		UUID oldExpired = UUID.randomUUID();
		this.outbox.insertIfAbsent(oldExpired, mail("old-expired", before.plusSeconds(1)), before);
		this.outbox.expire(before.plusSeconds(1));
		UUID oldPending = queued("old-pending", before);
		UUID oldSending = queued("old-sending", before);
		this.outbox.claim(oldSending, before, before.plusSeconds(600));
		UUID sentAtTheCutoff = sent("sent-at-cutoff", cutoff);
		UUID recentSent = sent("recent-sent", this.now);

		assertThat(this.outbox.deleteFinishedBefore(cutoff, 100)).isEqualTo(3);

		assertThat(this.outbox.find(oldSent)).isEmpty();
		assertThat(this.outbox.find(oldFailed)).isEmpty();
		assertThat(this.outbox.find(oldExpired)).isEmpty();
		assertThat(this.outbox.exists("old-sent")).isFalse();
		assertThat(this.jdbc.sql("select id from mail_outbox").query(UUID.class).list())
			.containsExactlyInAnyOrder(oldPending, oldSending, sentAtTheCutoff, recentSent);
	}

	@Test
	void deletesNoMoreThanTheLimitAtATime() {
		Instant old = this.now.minus(100, ChronoUnit.DAYS);
		for (int i = 0; i < 5; i++) {
			sent("batch-" + i, old.plusSeconds(i));
		}
		Instant cutoff = this.now.minus(30, ChronoUnit.DAYS);

		assertThat(this.outbox.deleteFinishedBefore(cutoff, 2)).isEqualTo(2);
		assertThat(this.outbox.deleteFinishedBefore(cutoff, 2)).isEqualTo(2);
		assertThat(this.outbox.deleteFinishedBefore(cutoff, 2)).isEqualTo(1);
		assertThat(this.outbox.deleteFinishedBefore(cutoff, 2)).isZero();
	}

	@Test
	void deletesUnsubscribeLinksIssuedBeforeTheCutoff() {
		UUID member = new SmallJournal(this.jdbc).account("Zoë Ñúñez 🌱");
		Instant cutoff = this.now.minus(180, ChronoUnit.DAYS);
		String old = this.tokens.issue(member, MailKind.WEEKLY_NUDGE, cutoff.minusSeconds(1));
		String older = this.tokens.issue(member, MailKind.PROMISE_REMINDER, cutoff.minus(300, ChronoUnit.DAYS));
		String atTheCutoff = this.tokens.issue(member, MailKind.WEEKLY_NUDGE, cutoff);
		String recent = this.tokens.issue(member, MailKind.PROMISE_REMINDER, this.now);

		assertThat(this.tokens.deleteIssuedBefore(cutoff, 1)).isEqualTo(1);
		assertThat(this.tokens.deleteIssuedBefore(cutoff, 100)).isEqualTo(1);

		assertThat(this.tokens.find(old)).isEmpty();
		assertThat(this.tokens.find(older)).isEmpty();
		assertThat(this.tokens.find(atTheCutoff)).get()
			.isEqualTo(new UnsubscribeTokens.Subscription(member, MailKind.WEEKLY_NUDGE));
		assertThat(this.tokens.find(recent)).isPresent();
	}

	@Test
	void everyKindOfMailHasItsUnsubscribeLinkAndItsSwitch() {
		UUID member = new SmallJournal(this.jdbc).account("Zoë Ñúñez 🌱");
		for (MailKind kind : MailKind.values()) {
			String token = this.tokens.issue(member, kind, this.now);
			assertThat(this.tokens.find(token)).get().isEqualTo(new UnsubscribeTokens.Subscription(member, kind));
		}
		assertThat(this.preferences.find(member)).isEmpty();

		MailPreferences noRequests = MailPreferences.DEFAULTS.without(MailKind.INTRODUCTION_REQUEST);
		this.preferences.save(member, noRequests, this.now);
		assertThat(this.preferences.find(member)).contains(noRequests);
		MailPreferences noNudge = noRequests.without(MailKind.WEEKLY_NUDGE);
		this.preferences.save(member, noNudge, this.now);
		assertThat(this.preferences.find(member)).contains(noNudge);
		assertThat(this.preferences.find(member).orElseThrow().wants(MailKind.PROMISE_REMINDER)).isTrue();
	}

	@Test
	void manyMailsAreQueuedAtOnceSkippingKeysAlreadyQueued() {
		queued("round:1:a", this.now);

		int inserted = this.outbox.insertAllIfAbsent(
				List.of(mail("round:1:a"), mail("round:1:b"), mail("round:1:c", this.now.plusSeconds(3600))), this.now);

		assertThat(inserted).isEqualTo(2);
		assertThat(this.outbox.due(this.now, 10)).hasSize(3);
		assertThat(this.outbox.exists("round:1:c")).isTrue();
		assertThat(this.outbox.insertAllIfAbsent(List.of(), this.now)).isZero();
	}

	@Test
	void aBatchIsClaimedByOneSenderAndOnlyItsStillDueRows() {
		UUID first = queued("batch:1", this.now);
		UUID second = queued("batch:2", this.now);
		UUID sentAlready = sent("batch:3", this.now);
		Instant lease = this.now.plus(10, ChronoUnit.MINUTES);
		List<UUID> selected = List.of(first, second, sentAlready);

		List<OutboxRow> claimed = this.outbox.claim(selected, this.now, lease);

		assertThat(claimed).extracting(OutboxRow::id).containsExactlyInAnyOrder(first, second);
		assertThat(claimed).allSatisfy((row) -> {
			assertThat(row.status()).isEqualTo(OutboxRow.Status.SENDING);
			assertThat(row.attempts()).isEqualTo(1);
		});
		// a second sender that selected the same rows takes none of them
		assertThat(this.outbox.claim(selected, this.now, lease)).isEmpty();

		this.outbox.markSent(List.of(first, second), this.now.plusSeconds(1));
		assertThat(this.outbox.find(first).orElseThrow().status()).isEqualTo(OutboxRow.Status.SENT);
		assertThat(this.outbox.find(second).orElseThrow().sentAt()).isEqualTo(this.now.plusSeconds(1));
		assertThat(this.outbox.due(lease.plusSeconds(1), 10)).isEmpty();
	}

	private UUID queued(String dedupeKey, Instant at) {
		UUID id = UUID.randomUUID();
		this.outbox.insertIfAbsent(id, mail(dedupeKey), at);
		return id;
	}

	private UUID sent(String dedupeKey, Instant at) {
		UUID id = queued(dedupeKey, at);
		this.outbox.claim(id, at, at.plusSeconds(600));
		this.outbox.markSent(id, at.plusSeconds(1));
		return id;
	}

	private UUID failed(String dedupeKey, Instant at) {
		UUID id = queued(dedupeKey, at);
		this.outbox.claim(id, at, at.plusSeconds(600));
		this.outbox.markAttemptFailed(id, "550 No such user", at.plusSeconds(60), true);
		return id;
	}

	private static OutgoingMail mail(String dedupeKey) {
		return mail(dedupeKey, null);
	}

	private static OutgoingMail mail(String dedupeKey, Instant sendBefore) {
		return new OutgoingMail(null, "zoe@example.org", "Zoë Ñúñez 🌱 and 李小龍", "Hello 🌱", null,
				Map.of("List-Unsubscribe", "<https://tend.example/mail/unsubscribe/abc>", "List-Unsubscribe-Post",
						"List-Unsubscribe=One-Click"),
				dedupeKey, sendBefore);
	}

}

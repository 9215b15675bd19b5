package org.tend.mail;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How mail is sent ({@code tend.mail.*}): the sender address, how a failed attempt is
 * retried (first after {@code firstRetry}, then twice as long each time up to
 * {@code maxRetry}, failed after {@code maxAttempts}), and how long a sender holds a row
 * it is sending ({@code lease}: longer than the SMTP timeouts, or a slow send would be
 * sent again by the next run). And how long mail is remembered: a finished outbox row
 * (sent, given up, or expired) for {@code keepFinished} after it was queued, an
 * unsubscribe link for {@code keepUnsubscribeLinks} after its mail was written.
 */
@ConfigurationProperties("tend.mail")
public record MailJobProperties(@DefaultValue("Tend <tend@localhost>") String from, @DefaultValue("10") int maxAttempts,
		@DefaultValue("1m") Duration firstRetry, @DefaultValue("1h") Duration maxRetry,
		@DefaultValue("10m") Duration lease, @DefaultValue("500") int batchSize,
		@DefaultValue("30d") Duration keepFinished, @DefaultValue("180d") Duration keepUnsubscribeLinks) {

	/**
	 * A row's dedupe key may be queued again only while what it names is current: a
	 * nudge's ISO week (7 days), a reminder from its first day before the due date to the
	 * due date itself (at most {@link MailPreferences#MAX_DAYS_BEFORE} + 1 days), and a
	 * member who moves across the date line stretches either by up to 26 hours. So no key
	 * comes back 17 days after its row was queued; a shorter keep would let a deleted
	 * row's mail be queued and sent a second time.
	 */
	static final Duration SHORTEST_KEEP_FINISHED = Duration.ofDays(MailPreferences.MAX_DAYS_BEFORE + 7);

	/**
	 * A link must keep working while its mail may still wait in the outbox and be read;
	 * 30 days is also what the US CAN-SPAM rules ask of an unsubscribe link.
	 */
	static final Duration SHORTEST_KEEP_UNSUBSCRIBE_LINKS = Duration.ofDays(30);

	public MailJobProperties {
		if (maxAttempts < 1 || firstRetry.isNegative() || firstRetry.isZero() || maxRetry.compareTo(firstRetry) < 0
				|| lease.isNegative() || lease.isZero() || batchSize < 1) {
			throw new IllegalArgumentException("tend.mail needs max-attempts >= 1, 0 < first-retry <= max-retry, "
					+ "a positive lease and batch-size >= 1");
		}
		if (keepFinished.compareTo(SHORTEST_KEEP_FINISHED) < 0
				|| keepUnsubscribeLinks.compareTo(SHORTEST_KEEP_UNSUBSCRIBE_LINKS) < 0) {
			throw new IllegalArgumentException("tend.mail needs keep-finished >= " + SHORTEST_KEEP_FINISHED.toDays()
					+ "d (or a deleted mail could be sent again) and keep-unsubscribe-links >= "
					+ SHORTEST_KEEP_UNSUBSCRIBE_LINKS.toDays() + "d");
		}
	}

	/**
	 * The wait after the given number of failed attempts: 1, 2, 4, 8... times the first
	 * retry, never more than the maximum.
	 */
	public Duration retryAfter(int failedAttempts) {
		int doublings = Math.clamp(failedAttempts - 1, 0, 30);
		Duration wait = this.firstRetry.multipliedBy(1L << doublings);
		return (wait.compareTo(this.maxRetry) > 0) ? this.maxRetry : wait;
	}

}

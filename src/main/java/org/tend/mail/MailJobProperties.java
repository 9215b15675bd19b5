package org.tend.mail;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How mail is sent ({@code tend.mail.*}): the sender address, how a failed attempt is
 * retried (first after {@code firstRetry}, then twice as long each time up to
 * {@code maxRetry}, failed after {@code maxAttempts}), and how long a sender holds a row
 * it is sending ({@code lease}: longer than the SMTP timeouts, or a slow send would be
 * sent again by the next run).
 */
@ConfigurationProperties("tend.mail")
public record MailJobProperties(@DefaultValue("Tend <tend@localhost>") String from, @DefaultValue("10") int maxAttempts,
		@DefaultValue("1m") Duration firstRetry, @DefaultValue("1h") Duration maxRetry,
		@DefaultValue("10m") Duration lease, @DefaultValue("50") int batchSize) {

	public MailJobProperties {
		if (maxAttempts < 1 || firstRetry.isNegative() || firstRetry.isZero() || maxRetry.compareTo(firstRetry) < 0
				|| lease.isNegative() || lease.isZero() || batchSize < 1) {
			throw new IllegalArgumentException("tend.mail needs max-attempts >= 1, 0 < first-retry <= max-retry, "
					+ "a positive lease and batch-size >= 1");
		}
	}

	/**
	 * The wait after the given number of failed attempts: 1, 2, 4, 8... times the first
	 * retry, never more than the maximum.
	 */
	Duration retryAfter(int failedAttempts) {
		int doublings = Math.clamp(failedAttempts - 1, 0, 30);
		Duration wait = this.firstRetry.multipliedBy(1L << doublings);
		return (wait.compareTo(this.maxRetry) > 0) ? this.maxRetry : wait;
	}

}

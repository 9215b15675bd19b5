package org.tend.mail.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.tend.mail.SecretLink;

/**
 * One outbox row as the sender and the tests read it: the text and headers as queued,
 * with the placeholders of its secret links, never the secrets.
 */
public record OutboxRow(UUID id, UUID ownerId, String recipient, String subject, String textBody, String htmlBody,
		Map<String, String> headers, String dedupeKey, Status status, int attempts, Instant nextAttemptAt,
		String lastError, Instant createdAt, Instant sentAt, Instant sendBefore, List<SecretLink> secretLinks) {

	public enum Status {

		/** Waiting for its next attempt. */
		PENDING,
		/** Claimed by a sender until its lease ends. */
		SENDING, SENT,
		/** Given up after the last attempt. */
		FAILED,
		/**
		 * Not sent because its send-before moment passed while it waited: no longer true.
		 * Finished like sent and failed rows (and deleted with them), and it keeps its
		 * dedupe key.
		 */
		EXPIRED;

		String code() {
			return name().toLowerCase(java.util.Locale.ROOT);
		}

		static Status fromCode(String code) {
			return valueOf(code.toUpperCase(java.util.Locale.ROOT));
		}

	}

}

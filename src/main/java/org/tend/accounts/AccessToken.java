package org.tend.accounts;

import java.time.Instant;
import java.util.UUID;

/**
 * A personal access token as listed in settings: the secret itself is shown once, at
 * creation.
 */
public record AccessToken(UUID id, String name, Instant createdAt, Instant lastUsedAt, Instant revokedAt) {

	public boolean active() {
		return this.revokedAt == null;
	}

}

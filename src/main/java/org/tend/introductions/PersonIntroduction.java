package org.tend.introductions;

import java.time.Instant;
import java.util.UUID;

/**
 * An introduction seen from one person's page: the other person, and where it stands.
 */
public record PersonIntroduction(UUID id, UUID otherPersonId, String otherName, IntroductionStatus status,
		Instant createdAt, Instant decidedAt) {
}

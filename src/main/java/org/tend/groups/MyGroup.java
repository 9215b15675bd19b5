package org.tend.groups;

import java.time.Instant;
import java.util.UUID;

/** One of the member's groups as a list shows it: topic, where, and its season's span. */
public record MyGroup(UUID id, UUID communityId, String topic, String mode, String city, Instant firstAt,
		Instant lastAt) {
}

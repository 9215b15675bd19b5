package org.tend.accounts;

import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;

/** A member's account as other modules may see it: never the password hash. */
public record Account(UUID id, String email, String displayName, ZoneId zone, boolean demo, Instant createdAt) {

	public CurrentMember asCurrentMember() {
		return new CurrentMember(id, email, displayName, zone);
	}

}

package org.tend.community;

import java.time.Instant;
import java.util.UUID;

/**
 * A member of a community: their role, whether still awaiting approval, their profile.
 */
public record CommunityMember(UUID communityId, UUID memberId, String displayName, Role role, boolean pending,
		Instant joinedAt, Profile profile) {

	public boolean organizer() {
		return this.role == Role.ORGANIZER;
	}

}

package org.tend.groups;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A group a member proposes: topic, where it meets, its size and season; members join
 * until it is full. {@code groupId} is set once it became a group (full, or started by
 * its proposer).
 */
public record GroupProposal(UUID id, UUID communityId, UUID proposerId, String topic, String mode, String city,
		int size, int sessions, int intervalDays, Instant firstAt, UUID groupId, Instant createdAt,
		List<SmallGroup.Member> members) {

	public GroupProposal {
		members = List.copyOf(members);
	}

	public int openSeats() {
		return this.size - this.members.size();
	}

	public boolean has(UUID memberId) {
		return this.members.stream().anyMatch((m) -> m.memberId().equals(memberId));
	}

}

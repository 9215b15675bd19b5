package org.tend.groups;

import java.util.List;
import java.util.UUID;

/** A published group with its members (name as they joined) and its sessions. */
public record SmallGroup(UUID id, UUID communityId, String topic, String mode, String city, List<String> reasons,
		List<Member> members, List<GroupSession> sessions) {

	public record Member(UUID memberId, String displayName) {
	}

	public List<UUID> memberIds() {
		return this.members.stream().map(Member::memberId).toList();
	}

}

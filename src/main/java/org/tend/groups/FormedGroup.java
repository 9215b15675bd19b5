package org.tend.groups;

import java.util.List;
import java.util.UUID;

/** A group as the preview shows it: members, topic, where it meets, and why. */
public record FormedGroup(List<UUID> memberIds, String topic, String mode, String city, List<String> reasons) {

	public FormedGroup {
		memberIds = List.copyOf(memberIds);
		reasons = List.copyOf(reasons);
	}

}

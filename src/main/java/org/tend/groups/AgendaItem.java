package org.tend.groups;

import java.time.Instant;
import java.util.UUID;

/**
 * One item of a group's shared agenda, with who added it (as they are named in the
 * group).
 */
public record AgendaItem(UUID id, UUID groupId, UUID authorId, String authorName, String text, Instant createdAt) {

	public static final int MAX_TEXT = 500;

	/** More would turn the agenda into a forum; members remove what is done. */
	public static final int MAX_ITEMS = 100;

}

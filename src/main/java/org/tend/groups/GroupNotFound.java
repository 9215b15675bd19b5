package org.tend.groups;

import java.util.UUID;

import org.tend.shared.NotFound;

/** No such group, or the caller is not one of its members: the same 404. */
public class GroupNotFound extends NotFound {

	private GroupNotFound(String message) {
		super(message);
	}

	public static GroupNotFound withId(UUID id) {
		return new GroupNotFound("No group " + id);
	}

}

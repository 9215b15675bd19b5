package org.tend.community;

import java.util.UUID;

import org.tend.shared.NotFound;

/**
 * No such community, or the caller is not (yet) a member of it: both are the same 404, so
 * ids and invite codes reveal nothing.
 */
public class CommunityNotFound extends NotFound {

	private CommunityNotFound(String message) {
		super(message);
	}

	public static CommunityNotFound withId(UUID id) {
		return new CommunityNotFound("No community " + id);
	}

	public static CommunityNotFound withCode() {
		return new CommunityNotFound("No community has this invite code");
	}

	public static CommunityNotFound pairing(UUID id) {
		return new CommunityNotFound("No pairing " + id);
	}

	public static CommunityNotFound member(UUID id) {
		return new CommunityNotFound("No member " + id + " in this community");
	}

}

package org.tend.community;

import java.util.List;
import java.util.UUID;

/**
 * A member's own profile in a community, with their private "don't pair me with" list.
 */
public record MyProfile(Profile profile, List<UUID> dontPairWith) {

	public static final int MAX_AVOIDED = 50;

	public MyProfile {
		dontPairWith = List.copyOf(dontPairWith);
	}

}

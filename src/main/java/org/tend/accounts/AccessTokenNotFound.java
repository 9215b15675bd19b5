package org.tend.accounts;

import java.util.UUID;

import org.tend.shared.NotFound;

/** No such active token among the member's own (another member's token: same answer). */
public class AccessTokenNotFound extends NotFound {

	private AccessTokenNotFound(UUID tokenId) {
		super("No active token " + tokenId);
	}

	public static AccessTokenNotFound withId(UUID tokenId) {
		return new AccessTokenNotFound(tokenId);
	}

}

package org.tend.introductions;

import java.util.UUID;

import org.tend.shared.NotFound;

/** No such request among those the member sent or received. */
public class IntroductionRequestNotFound extends NotFound {

	private IntroductionRequestNotFound(UUID id) {
		super("No introduction request " + id);
	}

	public static IntroductionRequestNotFound withId(UUID id) {
		return new IntroductionRequestNotFound(id);
	}

}

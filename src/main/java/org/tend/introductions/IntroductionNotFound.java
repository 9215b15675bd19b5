package org.tend.introductions;

import java.util.UUID;

import org.tend.shared.NotFound;

/** No such introduction in the member's journal. */
public class IntroductionNotFound extends NotFound {

	private IntroductionNotFound(UUID id) {
		super("No introduction " + id);
	}

	public static IntroductionNotFound withId(UUID id) {
		return new IntroductionNotFound(id);
	}

}

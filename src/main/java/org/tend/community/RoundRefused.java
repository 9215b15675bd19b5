package org.tend.community;

import java.time.LocalDate;

/**
 * A round that cannot be planned or published as asked: a second round in one period
 * (409), or fewer than two members to pair (422). The message says which.
 */
public class RoundRefused extends RuntimeException {

	private final boolean conflict;

	private RoundRefused(String message, boolean conflict) {
		super(message);
		this.conflict = conflict;
	}

	public static RoundRefused alreadyPublished(LocalDate periodStart) {
		return new RoundRefused("A round of the period starting " + periodStart + " is already published", true);
	}

	public static RoundRefused tooFewMembers(int optedIn) {
		return new RoundRefused("A round needs at least two opted-in members; this community has " + optedIn, false);
	}

	/**
	 * True for a clash with a round already published (409), else unprocessable (422).
	 */
	public boolean conflict() {
		return this.conflict;
	}

}

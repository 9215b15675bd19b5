package org.tend.introductions;

import java.time.Instant;
import java.util.UUID;

/** An introduction as stored. */
record IntroductionRow(UUID id, UUID ownerId, UUID personA, UUID personB, String message, IntroductionStatus status,
		Instant createdAt, Instant expiresAt, Instant decidedAt) {

	/**
	 * Asked, and still open at the given moment (expiry may not have been written yet).
	 */
	boolean openAt(Instant now) {
		return this.status == IntroductionStatus.ASKED && now.isBefore(this.expiresAt);
	}

	/**
	 * The status as of the given moment: an asked introduction past its time is expired.
	 */
	IntroductionStatus statusAt(Instant now) {
		return (this.status == IntroductionStatus.ASKED && !now.isBefore(this.expiresAt)) ? IntroductionStatus.EXPIRED
				: this.status;
	}

	UUID other(UUID personId) {
		return personId.equals(this.personA) ? this.personB : this.personA;
	}

}

package org.tend.introductions.internal;

import java.time.Instant;
import java.util.UUID;

import org.tend.introductions.IntroductionStatus;

/** An introduction as stored. */
public record IntroductionRow(UUID id, UUID ownerId, UUID personA, UUID personB, String message,
		IntroductionStatus status, Instant createdAt, Instant expiresAt, Instant decidedAt) {

	/**
	 * Asked, and still open at the given moment (expiry may not have been written yet).
	 */
	boolean openAt(Instant now) {
		return this.status == IntroductionStatus.ASKED && now.isBefore(this.expiresAt);
	}

	/**
	 * The status as of the given moment: an asked introduction past its time is expired.
	 */
	public IntroductionStatus statusAt(Instant now) {
		return (this.status == IntroductionStatus.ASKED && !now.isBefore(this.expiresAt)) ? IntroductionStatus.EXPIRED
				: this.status;
	}

	public UUID other(UUID personId) {
		return personId.equals(this.personA) ? this.personB : this.personA;
	}

}

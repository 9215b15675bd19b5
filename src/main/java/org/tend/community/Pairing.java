package org.tend.community;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One of the member's coffees: who they were paired with (as introduced, with the profile
 * they show while still members), why, when, and the member's own private answer. The
 * others' answers are never part of it, nor whether they asked to meet again.
 *
 * @param askedAgain the member said "I'd like to meet again"
 * @param meeting which coffee this is with the partner met most often (1: everyone new)
 */
public record Pairing(UUID groupId, UUID communityId, String communityName, UUID roundId, int round,
		Instant suggestedAt, int score, List<String> reasons, List<Partner> partners, Outcome outcome, Integer rating,
		String note, boolean recorded, boolean askedAgain, int meeting) {

	public Pairing {
		reasons = List.copyOf(reasons);
		partners = List.copyOf(partners);
	}

	/** Someone the member was paired with; no profile once they left the community. */
	public record Partner(UUID memberId, String displayName, String email, Profile profile) {

		public boolean left() {
			return this.profile == null;
		}

	}

}

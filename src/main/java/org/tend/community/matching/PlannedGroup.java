package org.tend.community.matching;

import java.util.List;
import java.util.UUID;

/**
 * A pair, or the round's one trio, with its fit.
 *
 * @param memberIds two members, or three for the trio
 * @param score a pair's {@link FitScore#of fit}; a trio's is the sum of its three
 * pairwise fits
 * @param reasons the sentences of the fits' parts
 * @param again the group holds a pair who meet again because both asked for it
 */
public record PlannedGroup(List<UUID> memberIds, int score, List<String> reasons, boolean again) {

	public PlannedGroup {
		memberIds = List.copyOf(memberIds);
		reasons = List.copyOf(reasons);
	}

	/** A group of members who did not ask to meet again. */
	public PlannedGroup(List<UUID> memberIds, int score, List<String> reasons) {
		this(memberIds, score, reasons, false);
	}

}

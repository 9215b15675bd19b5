package org.tend.community.matching;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Everything a round is planned from.
 *
 * @param members the opted-in members of this round, in a stable order
 * @param forbidden hard rules: pairs repeated inside the window, or on someone's "don't
 * pair me with" list
 * @param pairedBefore pairs ever made in this community (for the "never met" part)
 * @param priority members left out last round: they come first this time
 */
public record RoundInput(List<MemberProfile> members, Set<MemberPair> forbidden, Set<MemberPair> pairedBefore,
		Set<UUID> priority) {

	public RoundInput {
		members = List.copyOf(members);
		forbidden = (forbidden != null) ? Set.copyOf(forbidden) : Set.of();
		pairedBefore = (pairedBefore != null) ? Set.copyOf(pairedBefore) : Set.of();
		priority = (priority != null) ? Set.copyOf(priority) : Set.of();
	}

}

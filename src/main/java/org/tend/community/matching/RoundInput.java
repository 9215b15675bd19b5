package org.tend.community.matching;

import java.util.List;
import java.util.Map;
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
 * @param again pairs who both asked to meet again and whom the community's limit still
 * allows, with the coffee it would be (2 for the second); {@link RepeatWindow} decides
 * them, and leaves them out of {@code forbidden} unless a list forbids them
 */
public record RoundInput(List<MemberProfile> members, Set<MemberPair> forbidden, Set<MemberPair> pairedBefore,
		Set<UUID> priority, Map<MemberPair, Integer> again) {

	public RoundInput {
		members = List.copyOf(members);
		forbidden = (forbidden != null) ? Set.copyOf(forbidden) : Set.of();
		pairedBefore = (pairedBefore != null) ? Set.copyOf(pairedBefore) : Set.of();
		priority = (priority != null) ? Set.copyOf(priority) : Set.of();
		again = (again != null) ? Map.copyOf(again) : Map.of();
		for (int coffee : again.values()) {
			if (coffee < 2) {
				throw new IllegalArgumentException("Meeting again is a second coffee or later, not " + coffee);
			}
		}
	}

	/** A round in which nobody asked to meet again. */
	public RoundInput(List<MemberProfile> members, Set<MemberPair> forbidden, Set<MemberPair> pairedBefore,
			Set<UUID> priority) {
		this(members, forbidden, pairedBefore, priority, Map.of());
	}

}

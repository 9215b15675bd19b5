package org.tend.community.matching;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The repeat window with "pair me again": which earlier pairs a round may not make, and
 * which pairs may meet again because both asked. Plain rules over a community's history,
 * so that they are tested without a database (docs/pairing.md, "Meeting again").
 *
 * <p>
 * A pair met in one of the last {@code window} rounds is forbidden, unless both asked to
 * meet again after their latest coffee and they have met at most {@code againLimit}
 * times: the limit counts the extra coffees, so a limit of 2 allows a second and a third.
 * "Don't pair me with" lists are not here: the caller adds them to the forbidden pairs
 * afterwards, and they win over any ask.
 */
public final class RepeatWindow {

	private RepeatWindow() {
	}

	/**
	 * What the community's pairs so far mean for its next round.
	 * @param history every pair ever made in the community
	 * @param latestRound the number of the community's latest round (0 before the first)
	 * @param window no pair repeated within this many rounds
	 * @param againLimit extra coffees a pair may have because both asked
	 */
	public static Rules rules(Map<MemberPair, PairHistory> history, int latestRound, int window, int againLimit) {
		if (window < 0 || againLimit < 0) {
			throw new IllegalArgumentException("window and againLimit must not be negative");
		}
		Set<MemberPair> forbidden = new HashSet<>();
		Map<MemberPair, Integer> again = new HashMap<>();
		history.forEach((pair, past) -> {
			if (past.bothAskedAgain() && past.meetings() <= againLimit) {
				again.put(pair, past.meetings() + 1);
			}
			else if (past.lastRound() > latestRound - window) {
				forbidden.add(pair);
			}
		});
		return new Rules(forbidden, again);
	}

	/**
	 * A pair's past in the community.
	 *
	 * @param meetings how many groups held both
	 * @param lastRound the number of the latest round that paired them
	 * @param bothAskedAgain both said "I'd like to meet again" on that latest group
	 */
	public record PairHistory(int meetings, int lastRound, boolean bothAskedAgain) {

		public PairHistory {
			if (meetings < 1) {
				throw new IllegalArgumentException("A pair's history starts with its first coffee");
			}
		}

	}

	/**
	 * @param forbidden pairs the window forbids
	 * @param again pairs who may meet again, with the coffee it would be
	 */
	public record Rules(Set<MemberPair> forbidden, Map<MemberPair, Integer> again) {

		public Rules {
			forbidden = Set.copyOf(forbidden);
			again = Map.copyOf(again);
		}

	}

}

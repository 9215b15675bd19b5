package org.tend.community.matching;

import java.util.List;
import java.util.UUID;

/**
 * Every plan of a small round, searched exhaustively: for the lowest member not yet
 * decided, leave them out, pair them with anyone allowed, or (once per round) make a trio
 * of them and two others who may all meet. The best plan maximizes members placed, then
 * priority members placed, then total fit (a trio's fit is its three pairwise fits, a
 * pair meeting again because both asked scores its "again" part), as
 * {@code docs/pairing.md} defines it.
 */
final class BruteForce {

	private final int n;

	private final int[][] fit;

	private final boolean[] priority;

	private final long[][][] memo;

	BruteForce(RoundInput input) {
		List<MemberProfile> members = input.members();
		this.n = members.size();
		this.fit = new int[this.n][this.n];
		this.priority = new boolean[this.n];
		for (int i = 0; i < this.n; i++) {
			UUID a = members.get(i).memberId();
			this.priority[i] = input.priority().contains(a);
			for (int j = 0; j < this.n; j++) {
				UUID b = members.get(j).memberId();
				if (i == j || input.forbidden().contains(MemberPair.of(a, b))) {
					this.fit[i][j] = -1;
				}
				else {
					MemberPair pair = MemberPair.of(a, b);
					this.fit[i][j] = FitScore
						.of(members.get(i), members.get(j), input.pairedBefore().contains(pair),
								input.again().getOrDefault(pair, 0))
						.score();
				}
			}
		}
		this.memo = new long[2][1 << this.n][];
	}

	/** Members placed, priority members placed, total fit of the best plan. */
	long[] best() {
		return best(0, 0);
	}

	private long[] best(int decided, int trioUsed) {
		if (decided == (1 << this.n) - 1) {
			return new long[3];
		}
		if (this.memo[trioUsed][decided] != null) {
			return this.memo[trioUsed][decided];
		}
		int i = Integer.numberOfTrailingZeros(~decided);
		long[] best = best(decided | (1 << i), trioUsed);
		for (int j = i + 1; j < this.n; j++) {
			if ((decided & (1 << j)) != 0 || this.fit[i][j] < 0) {
				continue;
			}
			best = better(best, plus(best(decided | (1 << i) | (1 << j), trioUsed), group(i, j)));
			if (trioUsed == 1) {
				continue;
			}
			for (int k = j + 1; k < this.n; k++) {
				if ((decided & (1 << k)) == 0 && this.fit[i][k] >= 0 && this.fit[j][k] >= 0) {
					best = better(best, plus(best(decided | (1 << i) | (1 << j) | (1 << k), 1), group(i, j, k)));
				}
			}
		}
		this.memo[trioUsed][decided] = best;
		return best;
	}

	private long[] group(int... members) {
		long[] value = new long[3];
		value[0] = members.length;
		for (int a = 0; a < members.length; a++) {
			value[1] += this.priority[members[a]] ? 1 : 0;
			for (int b = a + 1; b < members.length; b++) {
				value[2] += this.fit[members[a]][members[b]];
			}
		}
		return value;
	}

	private static long[] plus(long[] x, long[] y) {
		return new long[] { x[0] + y[0], x[1] + y[1], x[2] + y[2] };
	}

	private static long[] better(long[] x, long[] y) {
		for (int i = 0; i < 3; i++) {
			if (x[i] != y[i]) {
				return (x[i] > y[i]) ? x : y;
			}
		}
		return x;
	}

}

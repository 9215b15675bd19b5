package org.tend.community.matching;

import org.tend.pairing.MatchingEngine;

/**
 * What candidate generation loses against the complete graph, on rounds small enough for
 * both: the same generated round planned both ways, members placed and total fit
 * compared. Not a JMH benchmark; it prints one line per size.
 *
 * <p>
 * Run with {@code bench/jmh.sh} 's class path:
 * {@code java -cp ... org.tend.community.matching.CandidateLoss 1000 2000} — see
 * bench/RESULTS.md.
 */
public final class CandidateLoss {

	private CandidateLoss() {
	}

	public static void main(String[] args) {
		MatchingEngine engine = MatchingEngine.create();
		for (String size : args) {
			int members = Integer.parseInt(size);
			RoundInput input = GeneratedProfiles.realisticRound(42, members);
			long start = System.nanoTime();
			PlannedRound complete = new RoundPlanner(engine, members).plan(input);
			long middle = System.nanoTime();
			PlannedRound candidates = new RoundPlanner(engine, members - 1).plan(input);
			long end = System.nanoTime();
			System.out.printf(
					"%,d members: complete graph %,d fit, %d left out, %,d ms; candidates %,d fit (%.2f %%), %d left out, %,d ms%n",
					members, complete.totalScore(), complete.leftOut().size(), (middle - start) / 1_000_000,
					candidates.totalScore(), 100.0 * candidates.totalScore() / complete.totalScore(),
					candidates.leftOut().size(), (end - middle) / 1_000_000);
		}
	}

}

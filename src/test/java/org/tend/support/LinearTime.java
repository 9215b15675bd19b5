package org.tend.support;

import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checks that work on a long input takes time in proportion to its length: it is timed
 * against a linear scan of the same input (each character looked at once), and may take a
 * generous multiple of it. A backtracking regular expression that is quadratic on the
 * input takes thousands of times longer on the inputs the tests use, so the bound is far
 * from both; no absolute time is asserted, so a slow or busy machine does not fail it.
 */
public final class LinearTime {

	/** How many linear scans the work may cost. */
	private static final long GENEROUS = 1000;

	/**
	 * A floor for very short scans, where timer resolution and a garbage collection pause
	 * would dominate.
	 */
	private static final long FLOOR_NANOS = 100_000_000;

	private LinearTime() {
	}

	public static void assertLinear(String input, Consumer<String> work) {
		long scan = best(input, LinearTime::scan);
		long bound = Math.max(FLOOR_NANOS, GENEROUS * scan);
		// the best of three (the first may run before the JIT compiled the work), but no
		// more once a run took ten times the bound: a quadratic run takes seconds
		long spent = Long.MAX_VALUE;
		for (int i = 0; i < 3; i++) {
			long run = time(input, work);
			spent = Math.min(spent, run);
			if (run > 10 * bound) {
				break;
			}
		}
		assertThat(spent).as("%d ns on %d characters, a linear scan took %d ns", spent, input.length(), scan)
			.isLessThan(bound);
	}

	private static long best(String input, Consumer<String> work) {
		long best = Long.MAX_VALUE;
		// warmed up first: a scan still interpreted by the JVM is many times slower
		for (int i = 0; i < 50; i++) {
			best = Math.min(best, time(input, work));
		}
		return best;
	}

	private static long time(String input, Consumer<String> work) {
		long start = System.nanoTime();
		work.accept(input);
		return System.nanoTime() - start;
	}

	private static int sink;

	private static void scan(String input) {
		int whitespace = 0;
		for (int i = 0; i < input.length(); i++) {
			if (Character.isWhitespace(input.charAt(i))) {
				whitespace++;
			}
		}
		sink += whitespace;
	}

}

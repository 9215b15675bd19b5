package org.tend.groups.forming;

import java.time.Duration;
import java.util.List;

/**
 * The benchmark of bench/groups.sh: random community-shaped wishes, formed by the plain
 * greedy and by {@link GroupFormer} on the same data; prints wishes placed, objective and
 * time for each. Arguments: wish counts, then {@code --budget=<seconds>} and
 * {@code --seed=<n>}.
 */
public final class GroupsBench {

	private GroupsBench() {
	}

	public static void main(String[] args) {
		long budget = 10;
		long seed = 42;
		List<Integer> counts = new java.util.ArrayList<>();
		for (String arg : args) {
			if (arg.startsWith("--budget=")) {
				budget = Long.parseLong(arg.substring(9));
			}
			else if (arg.startsWith("--seed=")) {
				seed = Long.parseLong(arg.substring(7));
			}
			else {
				counts.add(Integer.parseInt(arg));
			}
		}
		System.out.println("| wishes | algorithm | placed | groups | objective | time (ms) |");
		System.out.println("|---|---|---|---|---|---|");
		for (int count : counts) {
			List<Wish> wishes = RandomWishes.of(count, seed);
			// a warm-up run of each, so the timings are not the JIT's
			PlainGreedy.form(wishes);
			GroupFormer.form(wishes, Duration.ofMillis(200), seed);
			long start = System.nanoTime();
			Formation greedy = PlainGreedy.form(wishes);
			long greedyMs = (System.nanoTime() - start) / 1_000_000;
			start = System.nanoTime();
			Formation formed = GroupFormer.form(wishes, Duration.ofSeconds(budget), seed);
			long formedMs = (System.nanoTime() - start) / 1_000_000;
			row(count, "plain greedy", greedy, greedyMs);
			row(count, "seed + improvements", formed, formedMs);
		}
	}

	private static void row(int count, String name, Formation formation, long ms) {
		System.out.printf("| %,d | %s | %,d (%.1f %%) | %,d | %,d | %,d |%n", count, name, formation.placed(),
				100.0 * formation.placed() / count, formation.groups().size(), formation.objective(), ms);
	}

}

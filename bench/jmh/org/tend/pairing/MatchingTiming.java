package org.tend.pairing;

/**
 * Times the engine once per mode on one generated graph (a quick check outside JMH):
 * {@code java -cp ... org.tend.pairing.MatchingTiming candidates|complete n [modes]}.
 */
public final class MatchingTiming {

	private MatchingTiming() {
	}

	static long cpuNanos() {
		return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
			.getOperatingSystemMXBean()).getProcessCpuTime();
	}

	public static void main(String[] args) {
		int n = Integer.parseInt(args[1]);
		long start = System.nanoTime();
		WeightedGraph graph = args[0].equals("complete") ? CandidateGraphs.complete(n, 42)
				: CandidateGraphs.candidates(n, 20, 42);
		System.out.printf("%s n=%d m=%d generated in %d ms%n", args[0], n, graph.edgeCount(),
				(System.nanoTime() - start) / 1_000_000);
		String modes = (args.length > 2) ? args[2] : "EXACT,FAST";
		MatchingEngine engine = MatchingEngine.create();
		for (String mode : modes.split(",")) {
			for (int run = 0; run < 2; run++) {
				start = System.nanoTime();
				long cpu = cpuNanos();
				Matching matching = engine.maximumWeight(graph, MatchingMode.valueOf(mode));
				System.out.printf("%s: weight %d, %d pairs, %d ms (process CPU %d ms), heap used %d MB%n", mode,
						matching.totalWeight(), matching.pairCount(), (System.nanoTime() - start) / 1_000_000,
						(cpuNanos() - cpu) / 1_000_000,
						(Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20);
			}
		}
	}

}

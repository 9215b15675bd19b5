package org.tend.pairing;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Arrays;
import java.util.List;

/**
 * One run of each engine on one generated graph, with the weight each reaches against the
 * exact optimum, the time (wall and process CPU: the shared benchmark machine is often
 * loaded) and the peak heap. JMH ({@link MatchingBenchmark}) gives the timing figures;
 * this gives the quality figures.
 *
 * <p>
 * {@code java -Xmx512m -cp <bench/jmh.sh's class path> org.tend.pairing.MatchingQuality
 * candidates 100000 tend-exact,tend-fast,jgrapht-blossomv,jgrapht-greedy}
 */
public final class MatchingQuality {

	private MatchingQuality() {
	}

	public static void main(String[] args) {
		int n = Integer.parseInt(args[1]);
		WeightedGraph graph = args[0].equals("complete") ? CandidateGraphs.complete(n, 42)
				: CandidateGraphs.candidates(n, 20, 42);
		System.out.printf("%s graph: %d vertices, %d edges (%.1f candidates each)%n", args[0], n, graph.edgeCount(),
				2.0 * graph.edgeCount() / n);
		List<String> engines = Arrays.asList(args[2].split(","));
		long optimum = -1;
		for (String engine : engines) {
			System.gc();
			resetPeaks();
			long cpu = cpuNanos();
			long start = System.nanoTime();
			long weight = run(engine, graph);
			long wall = System.nanoTime() - start;
			cpu = cpuNanos() - cpu;
			if (engine.equals("tend-exact") || engine.equals("jgrapht-blossomv")) {
				optimum = (optimum < 0) ? weight : optimum;
			}
			System.out.printf("| %s | %d | %s | %.2f s | %.2f s | %d MB |%n", engine, weight,
					(optimum > 0) ? String.format("%.3f %%", 100.0 * weight / optimum) : "n/a", wall / 1e9, cpu / 1e9,
					peakHeapMegabytes());
		}
	}

	static long run(String engine, WeightedGraph graph) {
		return switch (engine) {
			case "tend-exact" -> MatchingEngine.create().maximumWeight(graph, MatchingMode.EXACT).totalWeight();
			case "tend-fast" -> MatchingEngine.create().maximumWeight(graph, MatchingMode.FAST).totalWeight();
			case "jgrapht-blossomv" -> Math.round(JGraphTMatchings.blossomV(graph).getWeight());
			case "jgrapht-greedy" -> Math.round(JGraphTMatchings.greedy(graph).getWeight());
			default -> throw new IllegalArgumentException(engine);
		};
	}

	static long cpuNanos() {
		return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
			.getProcessCpuTime();
	}

	private static void resetPeaks() {
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			pool.resetPeakUsage();
		}
	}

	private static long peakHeapMegabytes() {
		long peak = 0;
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == MemoryType.HEAP) {
				peak += pool.getPeakUsage().getUsed();
			}
		}
		return peak >> 20;
	}

}

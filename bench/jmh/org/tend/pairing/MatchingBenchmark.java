package org.tend.pairing;

import java.util.concurrent.TimeUnit;

import org.jgrapht.alg.interfaces.MatchingAlgorithm;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The matching engine's goals (issue 10) against JGraphT's Blossom V and greedy matching
 * on the same generated graphs: a complete graph of 2,000 members and candidate graphs of
 * 100,000 and 1,000,000 members with about 20 candidates each
 * ({@link CandidateGraphs}). Each operation is one whole matching (single shot: the
 * large ones take seconds). JGraphT's times include copying the graph into its objects,
 * as a caller would have to.
 *
 * <p>
 * Run with {@code bench/jmh.sh MatchingBenchmark -p graph=complete-2000} (see
 * bench/RESULTS.md for the settings of each size; the heap limit is the JVM's -Xmx).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = { "-Xmx4g" })
@Warmup(iterations = 1)
@Measurement(iterations = 3)
public class MatchingBenchmark {

	@Param({ "complete-2000", "candidates-100000" })
	public String graph;

	private WeightedGraph input;

	private final MatchingEngine engine = MatchingEngine.create();

	@Setup
	public void generate() {
		String[] shape = this.graph.split("-");
		int n = Integer.parseInt(shape[1]);
		this.input = shape[0].equals("complete") ? CandidateGraphs.complete(n, 42)
				: CandidateGraphs.candidates(n, 20, 42);
	}

	@Benchmark
	public Matching tendExact() {
		return this.engine.maximumWeight(this.input, MatchingMode.EXACT);
	}

	@Benchmark
	public Matching tendFast() {
		return this.engine.maximumWeight(this.input, MatchingMode.FAST);
	}

	@Benchmark
	public Matching tendFastMaximumCardinality() {
		return this.engine.maximumCardinalityThenWeight(this.input, MatchingMode.FAST);
	}

	@Benchmark
	@Warmup(iterations = 0)
	@Measurement(iterations = 1)
	public MatchingAlgorithm.Matching<Integer, ?> jgraphtBlossomV() {
		return JGraphTMatchings.blossomV(this.input);
	}

	@Benchmark
	public MatchingAlgorithm.Matching<Integer, ?> jgraphtGreedy() {
		return JGraphTMatchings.greedy(this.input);
	}

}

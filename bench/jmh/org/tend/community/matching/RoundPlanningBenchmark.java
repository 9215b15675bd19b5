package org.tend.community.matching;

import java.util.concurrent.TimeUnit;

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

import org.tend.pairing.MatchingEngine;

/**
 * Planning one round of a community whose members have all opted in, profiles generated
 * as real ones might be filled in ({@link GeneratedProfiles#realisticRound}): 1,000 and
 * 2,000 members on the complete graph with the exact engine, 10,000 on candidates with
 * the fast one. Each plan is a whole round (folding profiles, the graph, the matching,
 * the trio and the reasons), so it is timed one shot at a time.
 *
 * <p>
 * Run with {@code bench/jmh.sh RoundPlanningBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = { "-Xmx3g" })
@Warmup(iterations = 1)
@Measurement(iterations = 3)
public class RoundPlanningBenchmark {

	@Param({ "1000", "2000", "10000" })
	int members;

	private RoundInput input;

	private RoundPlanner planner;

	@Setup
	public void generate() {
		this.input = GeneratedProfiles.realisticRound(42, this.members);
		this.planner = new RoundPlanner(MatchingEngine.create());
	}

	@Benchmark
	public PlannedRound plan() {
		return this.planner.plan(this.input);
	}

}

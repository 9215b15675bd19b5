package org.tend.depth;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The depth model over generated relationships: a full recompute of 1,000,000 of them
 * (100,000 distinct journals' worth of inputs, each scored on 10 different days, so the
 * inputs fit in a shared machine's memory) and one relationship, as a change costs.
 *
 * <p>
 * Run with {@code bench/jmh.sh DepthModelBenchmark}.
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgs = { "-Xmx1g" })
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class DepthModelBenchmark {

	static final int DISTINCT = 100_000;

	static final int DAYS = 10;

	static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

	private DepthInputs[] inputs;

	private LocalDate[] days;

	private int next;

	@Setup
	public void generate() {
		Random random = new Random(42);
		this.inputs = new DepthInputs[DISTINCT];
		for (int i = 0; i < DISTINCT; i++) {
			List<Contact> contacts = new ArrayList<>();
			int count = random.nextInt(21);
			for (int c = 0; c < count; c++) {
				contacts.add(new Contact(TODAY.minusDays(random.nextInt(1500)),
						Channel.values()[random.nextInt(3)], random.nextBoolean() ? null : 15 + random.nextInt(180),
						random.nextBoolean()));
			}
			this.inputs[i] = new DepthInputs(TODAY, random.nextBoolean() ? null : TODAY.minusDays(random.nextInt(4000)),
					contacts, random.nextInt(4), random.nextInt(8), random.nextInt(8), random.nextInt(3),
					random.nextInt(2), random.nextInt(2), random.nextInt(6), random.nextInt(2));
		}
		this.days = new LocalDate[DAYS];
		for (int d = 0; d < DAYS; d++) {
			this.days[d] = TODAY.plusDays(d);
		}
	}

	/** Scores 1,000,000 relationships; the time is for all of them. */
	@Benchmark
	@BenchmarkMode(Mode.SingleShotTime)
	@OutputTimeUnit(TimeUnit.MILLISECONDS)
	@Warmup(iterations = 3)
	@Measurement(iterations = 5)
	public double fullRecompute() {
		double total = 0;
		for (LocalDate day : this.days) {
			for (DepthInputs in : this.inputs) {
				total += DepthModel.sum(DepthModel.components(in.on(day)));
			}
		}
		return total;
	}

	/** Scores one relationship: the model's part of a change. */
	@Benchmark
	@BenchmarkMode(Mode.AverageTime)
	@OutputTimeUnit(TimeUnit.NANOSECONDS)
	public void oneChange(Blackhole hole) {
		this.next = (this.next + 1) % DISTINCT;
		hole.consume(DepthModel.components(this.inputs[this.next]));
	}

}

package org.tend.depth;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DepthModelTests {

	private static final long SEED = 20261123L;

	private static final int RUNS = 5_000;

	private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

	@Test
	void scoresNothingKnownAsZero() {
		List<DepthComponent> parts = DepthModel.components(DepthInputs.nothingYet(TODAY));
		assertThat(parts).extracting(DepthComponent::contribution).containsOnly(0.0);
		assertThat(parts).extracting(DepthComponent::name)
			.containsExactly("recency", "longevity", "time", "frequency", "listening", "reciprocity", "promises",
					"mutual");
		assertThat(parts.get(0).label()).isEqualTo("not met yet");
		assertThat(parts.get(1).label()).isEqualTo("no history together yet");
	}

	@Test
	void matchesAHandComputedCaseToTheDecimal() {
		// one coffee 60 days ago, reflected; projects known; one favour each way; three
		// promises kept on time
		DepthInputs in = new DepthInputs(TODAY, null,
				List.of(new Contact(LocalDate.of(2026, 4, 2), Channel.IN_PERSON, 60, true)), 1, 1, 1, 3, 0, 0, 0, 0);
		List<DepthComponent> parts = DepthModel.components(in);
		// 25 x 0.5^(60/60); 0 days known; 20 x ln 2 / ln 201 = 2.614; 15 x 1/12 = 1.25;
		// 2 x 1 + 1; 10 x 2/8 x 1; 5 x 1 x 1; nothing in common
		assertThat(parts).extracting(DepthComponent::contribution)
			.containsExactly(12.5, 0.0, 2.6, 1.3, 3.0, 2.5, 5.0, 0.0);
		assertThat(DepthModel.score(null, in, null).score()).isEqualTo(26.9);
		assertThat(parts).extracting(DepthComponent::label)
			.containsExactly("last met 60 days ago", "one contact so far", "about 1 hour together",
					"met once in the last year",
					"you know 1 of their projects, challenges and hopes; 1 reflection written",
					"you've helped each other twice (1 given, 1 received)", "3 of 3 promises kept on time",
					"no one in common yet");
	}

	@Test
	void matchesAHandComputedDeepTie() {
		List<Contact> contacts = new ArrayList<>();
		for (int month = 0; month < 12; month++) {
			contacts.add(new Contact(TODAY.minusMonths(month), Channel.IN_PERSON, 1000, true));
		}
		DepthInputs in = new DepthInputs(TODAY, LocalDate.of(2016, 6, 1), contacts, 3, 4, 4, 3, 0, 0, 4, 1);
		// longevity: 3652 days = 9.9986 years; 12 x (1 - 0.5^4.9993) = 11.625
		assertThat(DepthModel.components(in)).extracting(DepthComponent::contribution)
			.containsExactly(25.0, 11.6, 20.0, 15.0, 10.0, 10.0, 5.0, 3.0);
		assertThat(DepthModel.score(null, in, null).score()).isEqualTo(99.6);
	}

	@Test
	void weighsAPromiseKeptLateAtHalf() {
		// (1 + 0.5) / 2 reliable, 2 of 3 promises' confidence: 5 x 0.75 x 2/3 = 2.5
		assertThat(DepthModel.promises(1, 1, 0).contribution()).isEqualTo(2.5);
		assertThat(DepthModel.promises(1, 1, 0).label()).isEqualTo("1 of 2 promises kept on time");
	}

	@Test
	void componentsAlwaysAddUpToTheScoreWithinZeroToHundred() {
		Random random = new Random(SEED);
		for (int run = 0; run < RUNS; run++) {
			DepthInputs in = randomInputs(random);
			DepthScore score = DepthModel.score(null, in, null);
			double tenths = score.components().stream().mapToLong((c) -> Math.round(c.contribution() * 10)).sum();
			assertThat(score.score()).as("seed %d run %d", SEED, run).isEqualTo(tenths / 10.0).isBetween(0.0, 100.0);
		}
	}

	@Test
	void aNewHappenedMeetingNeverLowersAScore() {
		Random random = new Random(SEED);
		for (int run = 0; run < RUNS; run++) {
			DepthInputs before = randomInputs(random);
			List<Contact> more = new ArrayList<>(before.contacts());
			more.add(randomContact(random));
			DepthInputs after = before.withContacts(more);
			assertThat(score(after)).as("seed %d run %d: %s", SEED, run, after).isGreaterThanOrEqualTo(score(before));
		}
	}

	@Test
	void moreSilenceNeverRaisesAScore() {
		Random random = new Random(SEED);
		for (int run = 0; run < RUNS; run++) {
			DepthInputs now = randomInputs(random);
			DepthInputs later = now.on(TODAY.plusDays(1 + random.nextInt(800)));
			assertThat(score(later)).as("seed %d run %d: %s", SEED, run, now).isLessThanOrEqualTo(score(now));
		}
	}

	@Test
	void reciprocityBothWaysBeatsTheSameCountOneWay() {
		Random random = new Random(SEED);
		for (int run = 0; run < RUNS; run++) {
			DepthInputs base = randomInputs(random);
			int total = 2 + random.nextInt(59);
			int given = 1 + random.nextInt(total - 1);
			double bothWays = score(base.withExchanges(given, total - given));
			assertThat(bothWays).as("seed %d run %d: %d given of %d", SEED, run, given, total)
				.isGreaterThan(score(base.withExchanges(total, 0)))
				.isGreaterThan(score(base.withExchanges(0, total)));
		}
	}

	private static double score(DepthInputs in) {
		return DepthModel.score(null, in, null).score();
	}

	private static DepthInputs randomInputs(Random random) {
		List<Contact> contacts = new ArrayList<>();
		int count = random.nextInt(30);
		for (int i = 0; i < count; i++) {
			contacts.add(randomContact(random));
		}
		LocalDate metOn = random.nextBoolean() ? null : TODAY.minusDays(random.nextInt(5000));
		return new DepthInputs(TODAY, metOn, contacts, random.nextInt(4), random.nextInt(10), random.nextInt(10),
				random.nextInt(4), random.nextInt(3), random.nextInt(3), random.nextInt(8), random.nextInt(3));
	}

	private static Contact randomContact(Random random) {
		Channel channel = Channel.values()[random.nextInt(Channel.values().length)];
		Integer minutes = random.nextBoolean() ? null : random.nextInt(300);
		return new Contact(TODAY.minusDays(random.nextInt(2000)), channel, minutes, random.nextBoolean());
	}

}

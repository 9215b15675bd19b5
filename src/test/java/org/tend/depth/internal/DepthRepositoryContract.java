package org.tend.depth.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import org.tend.depth.DepthInputs;
import org.tend.depth.DepthModel;
import org.tend.depth.DepthScore;
import org.tend.support.SmallJournal;

import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

@Transactional
abstract class DepthRepositoryContract {

	private static final Instant NOW = Instant.parse("2026-11-23T09:00:00.123456Z");

	@Autowired
	DepthRepository scores;

	@Autowired
	JdbcClient jdbc;

	private UUID ana;

	private UUID bo;

	private UUID zoe;

	private UUID li;

	@BeforeEach
	void journals() {
		SmallJournal rows = new SmallJournal(this.jdbc);
		this.ana = rows.account("ana");
		this.bo = rows.account("bo");
		this.zoe = rows.person(this.ana, "Zoë Ñúñez 🌱");
		this.li = rows.person(this.ana, "李小龍");
	}

	@Test
	void keepsTheScoreWithItsComponentsInWords() {
		DepthScore score = DepthModel.score(this.zoe,
				DepthInputs.nothingYet(java.time.LocalDate.of(2026, 11, 23)).withExchanges(1, 1), NOW);
		this.scores.save(this.ana, List.of(score));

		DepthScore found = this.scores.find(this.ana, this.zoe).orElseThrow();
		assertThat(found).isEqualTo(score);
		assertThat(found.components().get(5).label()).isEqualTo("you've helped each other twice (1 given, 1 received)");
	}

	@Test
	void replacesAnEarlierScore() {
		this.scores.save(this.ana, List.of(new DepthScore(this.zoe, 10.0, "1", NOW, List.of())));
		this.scores.save(this.ana, List.of(new DepthScore(this.zoe, 20.5, "1", NOW, List.of()),
				new DepthScore(this.li, 30.0, "1", NOW, List.of())));

		assertThat(this.scores.scores(this.ana)).containsExactly(java.util.Map.entry(this.li, 30.0),
				java.util.Map.entry(this.zoe, 20.5));
	}

	@Test
	void showsNoScoreToAnotherMember() {
		this.scores.save(this.ana, List.of(new DepthScore(this.zoe, 10.0, "1", NOW, List.of())));

		assertThat(this.scores.find(this.bo, this.zoe)).isEmpty();
		assertThat(this.scores.scores(this.bo)).isEmpty();
	}

	@Test
	void forgetsTheScoreWithThePerson() {
		this.scores.save(this.ana, List.of(new DepthScore(this.zoe, 10.0, "1", NOW, List.of())));
		this.jdbc.sql("delete from person where id = :id").param("id", this.zoe).update();

		assertThat(this.scores.scores(this.ana)).isEmpty();
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Json {

		@Bean
		JsonMapper jsonMapper() {
			return JsonMapper.builder().build();
		}

	}

}

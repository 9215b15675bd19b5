package org.tend.depth;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.tend.support.JsonApi;
import org.tend.support.JsonApi.Member;
import org.tend.support.JsonApi.Reply;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(DepthApiTests.FixedClock.class)
class DepthApiTests {

	static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");

	@LocalServerPort
	int port;

	@Autowired
	DepthService depth;

	private JsonApi api;

	private Member ana;

	private UUID zoe;

	private UUID li;

	@BeforeEach
	void journal() {
		this.api = new JsonApi(this.port);
		this.ana = this.api.signUp("Ana");
		this.zoe = person(this.ana, "Zoë Ñúñez 🌱");
		this.li = person(this.ana, "李小龍");
	}

	@Test
	void scoresANewPersonAtZeroWithEveryComponentInWords() {
		JsonNode depth = depthOf(this.zoe);
		assertThat(depth.get("score").asDouble()).isZero();
		assertThat(depth.get("modelVersion").asString()).isEqualTo("2");
		assertThat(depth.get("computedAt").asString()).isEqualTo("2026-06-01T12:00:00Z");
		assertThat(depth.get("components")).hasSize(8);
		assertThat(depth.get("components").get(0).get("label").asString()).isEqualTo("not met yet");
	}

	@Test
	void aHappenedMeetingRaisesTheScoreAsSoonAsItIsSaved() {
		Reply meeting = this.api.call("POST", "/api/v1/meetings", this.ana.token(),
				Map.of("personIds", List.of(this.zoe), "kind", "coffee", "startsAt", "2026-04-02T09:00:00Z",
						"durationMinutes", 60, "status", "happened"));
		assertThat(meeting.status()).isEqualTo(201);

		JsonNode depth = depthOf(this.zoe);
		// 12.5 recency + 2.6 an hour together + 1.3 once this year (docs/depth-model.md)
		assertThat(depth.get("score").asDouble()).isEqualTo(16.4);
		assertThat(depth.get("components").get(0).get("label").asString()).isEqualTo("last met 60 days ago");
		double sum = 0;
		for (JsonNode part : depth.get("components")) {
			sum += part.get("contribution").asDouble();
		}
		assertThat(Math.round(sum * 10) / 10.0).isEqualTo(16.4);
	}

	@Test
	void helpBothWaysShowsInTheScoreAndSortsThePeopleList() {
		exchange(this.li, "given");
		exchange(this.li, "received");
		JsonNode depth = depthOf(this.li);
		assertThat(depth.get("components").get(5).get("label").asString())
			.isEqualTo("you've helped each other twice (1 given, 1 received)");
		assertThat(depth.get("score").asDouble()).isEqualTo(2.5);

		JsonNode list = this.api.call("GET", "/api/v1/people?sort=depth", this.ana.token(), null).json();
		assertThat(list.get("items").get(0).get("name").asString()).isEqualTo("李小龍");
		assertThat(list.get("items").get(0).get("depth").asDouble()).isEqualTo(2.5);
	}

	@Test
	void anotherMembersPersonIsNotFound() {
		Member bo = this.api.signUp("Bo");
		assertThat(this.api.call("GET", "/api/v1/people/" + this.zoe + "/depth", bo.token(), null).status())
			.isEqualTo(404);
		assertThat(this.api.call("GET", "/api/v1/people/" + this.zoe + "/depth", null, null).status()).isEqualTo(401);
	}

	@Test
	void theFullRecomputeScoresEveryJournal() {
		assertThat(this.depth.recomputeAll()).isGreaterThanOrEqualTo(2);
		assertThat(this.depth.scores(this.ana.id())).containsKeys(this.zoe, this.li);
	}

	private void exchange(UUID person, String direction) {
		Reply reply = this.api.call("POST", "/api/v1/exchanges", this.ana.token(), Map.of("personId", person,
				"direction", direction, "kind", "advice", "description", "Café ☕ advice", "on", "2026-05-20"));
		assertThat(reply.status()).isEqualTo(201);
	}

	private JsonNode depthOf(UUID person) {
		Reply reply = this.api.call("GET", "/api/v1/people/" + person + "/depth", this.ana.token(), null);
		assertThat(reply.status()).as(reply.body()).isEqualTo(200);
		return reply.json();
	}

	private UUID person(Member member, String name) {
		Reply reply = this.api.call("POST", "/api/v1/people", member.token(), Map.of("name", name));
		assertThat(reply.status()).as(reply.body()).isEqualTo(201);
		return UUID.fromString(reply.json().get("id").asString());
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class FixedClock {

		@Bean
		@Primary
		Clock fixedClock() {
			return Clock.fixed(NOW, ZoneOffset.UTC);
		}

	}

}

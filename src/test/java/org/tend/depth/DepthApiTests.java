package org.tend.depth;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.tend.support.JsonApi;
import org.tend.support.JsonApi.Member;
import org.tend.support.JsonApi.Reply;

import tools.jackson.databind.JsonNode;
import org.tend.support.TravelClock;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TravelClock.class)
class DepthApiTests {

	static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");

	@Autowired
	TravelClock.Travel clock;

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
		this.clock.set(NOW);
		this.api = new JsonApi(this.port);
		this.ana = this.api.signUp("Ana");
		this.zoe = person(this.ana, "Zoë Ñúñez 🌱");
		this.li = person(this.ana, "李小龍");
	}

	@Test
	void scoresANewPersonAtZeroWithEveryComponentInWords() {
		JsonNode depth = depthOf(this.zoe);
		assertThat(depth.get("score").asDouble()).isZero();
		assertThat(depth.get("modelVersion").asString()).isEqualTo("3");
		assertThat(depth.get("computedAt").asString()).isEqualTo("2026-06-01T12:00:00Z");
		assertThat(depth.get("components")).hasSize(8);
		assertThat(depth.get("components").get(0).get("label").asString()).isEqualTo("not met yet");
	}

	@Test
	void peopleAddedByAnImportHaveADepthFromTheMomentTheyExist() throws Exception {
		byte[] connections;
		try (var in = getClass().getResourceAsStream("/interchange/Connections.csv")) {
			connections = in.readAllBytes();
		}
		Member bo = this.api.signUp("Bo");
		String preview = this.api
			.call("POST", "/api/v1/imports", bo.token(), new JsonApi.Upload("Connections.csv", connections))
			.json()
			.get("id")
			.asString();
		assertThat(this.api.call("POST", "/api/v1/imports/" + preview + "/apply", bo.token(), null).status())
			.isEqualTo(200);

		JsonNode people = this.api.call("GET", "/api/v1/people?size=100", bo.token(), null).json().get("items");
		assertThat(people.size()).isGreaterThan(3);
		for (JsonNode person : people) {
			assertThat(person.get("depth").isNull()).as(person.toString()).isFalse();
			JsonNode depth = depthOf(bo, person.get("id").asString());
			// "Connected on" is not a meeting: not met yet, nothing known together
			assertThat(depth.get("score").asDouble()).isZero();
			assertThat(depth.get("components").get(0).get("label").asString()).isEqualTo("not met yet");
			assertThat(person.get("dueOn").isNull()).isTrue();
		}
	}

	@Test
	void aFirstMetDayIsNotAMeetingForRecencyOrLongevity() {
		UUID connected = this.api.as(this.ana)
			.create("/api/v1/people", Map.of("name", "Amara Okafor", "metOn", "2024-09-01"));

		JsonNode before = depthOf(connected);
		assertThat(before.get("score").asDouble()).isZero();
		assertThat(before.get("components").get(0).get("label").asString()).isEqualTo("not met yet");
		assertThat(before.get("components").get(1).get("label").asString()).isEqualTo("no history together yet");

		this.api.as(this.ana)
			.create("/api/v1/meetings", Map.of("personIds", List.of(connected), "kind", "coffee", "startsAt",
					"2026-04-02T09:00:00Z", "durationMinutes", 60, "status", "happened"));
		JsonNode after = depthOf(connected);
		assertThat(after.get("components").get(0).get("label").asString()).isEqualTo("last met 60 days ago");
		// the history together runs from the day they met to the first meeting
		assertThat(after.get("components").get(1).get("contribution").asDouble()).isPositive();
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
		return depthOf(this.ana, person.toString());
	}

	private JsonNode depthOf(Member member, String person) {
		Reply reply = this.api.call("GET", "/api/v1/people/" + person + "/depth", member.token(), null);
		assertThat(reply.status()).as(reply.body()).isEqualTo(200);
		return reply.json();
	}

	private UUID person(Member member, String name) {
		Reply reply = this.api.call("POST", "/api/v1/people", member.token(), Map.of("name", name));
		assertThat(reply.status()).as(reply.body()).isEqualTo(201);
		return UUID.fromString(reply.json().get("id").asString());
	}

}

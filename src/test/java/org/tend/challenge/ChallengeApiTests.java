package org.tend.challenge;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.JsonNode;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tend.support.JsonApi;
import org.tend.support.JsonApi.Member;
import org.tend.support.JsonApi.Reply;
import org.tend.support.TravelClock;
import org.tend.support.SmallJournal;

import static org.assertj.core.api.Assertions.assertThat;

/** The week through the API, travelling through weeks with a clock moved by hand. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TravelClock.class)
class ChallengeApiTests {

	// Monday of 2026-W48, ten in the morning in Madrid
	static final Instant MONDAY = Instant.parse("2026-11-23T09:00:00Z");

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TravelClock.Travel clock;

	private JsonApi api;

	private Member ana;

	private UUID zoe;

	private UUID li;

	private UUID old;

	@BeforeEach
	void journal() {
		this.clock.set(MONDAY);
		this.api = new JsonApi(this.port);
		this.ana = this.api.signUp("Ana");
		new SmallJournal(this.jdbc).setTimeZone(this.ana.id(), "Europe/Madrid");
		this.zoe = person("Zoë Ñúñez 🌱", "close", "2026-09-01");
		this.li = person("李小龍", null, "2026-11-10");
		this.old = person("Oriol Vidal", "wider", "2025-01-10");
		// a first-met day is not a meeting: each was also met that day
		met(this.zoe, "2026-09-01T10:00:00Z");
		met(this.li, "2026-11-10T10:00:00Z");
		met(this.old, "2025-01-10T10:00:00Z");
	}

	@Test
	void someoneOnlyConnectedWithIsNeverSaidToHaveBeenMet() {
		UUID connected = person("Amara Okafor", "close", "2026-11-15");
		UUID longAgo = person("Дмитрий Иванов", "wider", "2022-02-01");

		List<String> week = suggested(current());

		assertThat(week).noneMatch((s) -> s.startsWith(connected.toString()));
		assertThat(week).noneMatch((s) -> s.startsWith(longAgo.toString()));
	}

	@Test
	void answersTheWeekWithOneSuggestionOfEachKind() {
		JsonNode week = current();

		assertThat(week.get("week").asString()).isEqualTo("2026-W48");
		assertThat(week.get("goal").asInt()).isEqualTo(1);
		assertThat(week.get("done").asInt()).isZero();
		assertThat(week.get("streakWeeks").asInt()).isZero();
		assertThat(suggested(week)).containsExactly(this.zoe + " close_tie_past_cadence", this.li + " second_meeting",
				this.old + " long_unseen");
		assertThat(week.get("suggestions").get(0).get("text").asString()).contains("Zoë Ñúñez 🌱", "close circle");
		assertThat(week.get("suggestions").get(2).get("text").asString()).contains("January 2025");
	}

	@Test
	void aDismissedPersonIsNotSuggestedAgainThisWeekButIsNextWeek() {
		Reply dismissed = this.api.call("POST", "/api/v1/challenge/current/dismiss", this.ana.token(),
				Map.of("personId", this.zoe));

		assertThat(dismissed.status()).isEqualTo(200);
		assertThat(suggested(dismissed.json())).noneMatch((s) -> s.startsWith(this.zoe.toString()));
		this.clock.advance(Duration.ofDays(6));
		assertThat(suggested(current())).noneMatch((s) -> s.startsWith(this.zoe.toString()));

		this.clock.advance(Duration.ofDays(1));
		assertThat(current().get("week").asString()).isEqualTo("2026-W49");
		assertThat(suggested(current())).anyMatch((s) -> s.startsWith(this.zoe.toString()));
	}

	@Test
	void dismissingAnotherMembersPersonIsNotFound() {
		Member bo = this.api.signUp("Bo");

		Reply reply = this.api.call("POST", "/api/v1/challenge/current/dismiss", bo.token(),
				Map.of("personId", this.zoe));

		assertThat(reply.status()).isEqualTo(404);
		// Bo's own rows only: on PostgreSQL the tests of other classes share the table
		assertThat(this.jdbc.sql("select count(*) from challenge_dismissal where owner_id = :bo")
			.param("bo", bo.id())
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void aMeetingThatHappenedMeetsTheGoalAndTheStreakGrowsWeekByWeek() {
		// Wednesday of the same week: a meeting that happened is not in the future
		this.clock.set(MONDAY.plus(Duration.ofDays(2)));
		met(this.zoe, "2026-11-24T18:00:00+01:00");
		JsonNode week = current();
		assertThat(week.get("done").asInt()).isEqualTo(1);
		assertThat(week.get("streakWeeks").asInt()).isEqualTo(1);
		assertThat(suggested(week)).noneMatch((s) -> s.startsWith(this.zoe.toString()));

		// next week, still open: the streak holds
		this.clock.advance(Duration.ofDays(7));
		assertThat(current().get("done").asInt()).isZero();
		assertThat(current().get("streakWeeks").asInt()).isEqualTo(1);

		met(this.li, "2026-12-01T12:00:00+01:00");
		assertThat(current().get("streakWeeks").asInt()).isEqualTo(2);

		// a week with no meeting goes by: the streak starts again
		this.clock.advance(Duration.ofDays(14));
		assertThat(current().get("streakWeeks").asInt()).isZero();
	}

	@Test
	void theWeekTurnsAtMidnightInTheMembersZone() {
		// Sunday 23:30 in UTC is already Monday in Madrid
		this.clock.set(Instant.parse("2026-11-29T23:30:00Z"));

		assertThat(current().get("week").asString()).isEqualTo("2026-W49");
	}

	@Test
	void aPlannedMeetingTakesThePersonOffTheList() {
		this.api.as(this.ana)
			.create("/api/v1/meetings",
					Map.of("personIds", List.of(this.old), "kind", "lunch", "startsAt", "2026-11-27T13:00:00+01:00"));

		assertThat(suggested(current())).noneMatch((s) -> s.startsWith(this.old.toString()));
	}

	private JsonNode current() {
		Reply reply = this.api.as(this.ana).get("/api/v1/challenge/current");
		assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
		return reply.json();
	}

	private static List<String> suggested(JsonNode week) {
		List<String> found = new ArrayList<>();
		week.get("suggestions")
			.forEach((s) -> found.add(s.get("personId").asString() + " " + s.get("reason").asString()));
		return found;
	}

	private UUID person(String name, String circle, String metOn) {
		Map<String, Object> body = new java.util.HashMap<>(Map.of("name", name, "metOn", metOn));
		if (circle != null) {
			body.put("circle", circle);
		}
		return this.api.as(this.ana).create("/api/v1/people", body);
	}

	private void met(UUID person, String startsAt) {
		this.api.as(this.ana)
			.create("/api/v1/meetings",
					Map.of("personIds", List.of(person), "kind", "coffee", "startsAt", startsAt, "status", "happened"));
	}

}

package org.tend.community;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.tend.support.JsonApi;
import org.tend.support.JsonApi.Caller;
import org.tend.support.JsonApi.Member;
import org.tend.support.JsonApi.Reply;
import org.tend.support.TravelClock;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Pair me again" through the JSON API, week after week: a pair inside the repeat window
 * meets again only when both asked, never past the community's limit, and the reason and
 * the organizer's figures say which coffee it is.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TravelClock.class)
class MeetAgainTests {

	@LocalServerPort
	int port;

	@Autowired
	TravelClock.Travel clock;

	@Autowired
	PairingService pairings;

	@Test
	void aPairMeetsAgainOnlyWhenBothAskedAndNeverPastTheLimit() {
		// Monday 1 February 2027, 07:00 UTC: the weekly round opens Mondays at 08:00
		this.clock.set(Instant.parse("2027-02-01T07:00:00Z"));
		JsonApi api = new JsonApi(this.port);
		Member anaAccount = api.signUp("Ana");
		Caller ana = api.as(anaAccount);
		Map<String, Object> settings = Map.of("name", "Second coffees", "cadence", "weekly", "openDay", "monday",
				"openTime", "08:00", "timezone", "UTC", "repeatWindow", 6, "againLimit", 1);
		Reply created = ana.post("/api/v1/communities", settings);
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		assertThat(created.json().get("againLimit").asInt()).isEqualTo(1);
		String id = created.json().get("id").asString();
		String base = "/api/v1/communities/" + id;
		Member bosAccount = api.signUp("Bo");
		Caller bo = api.as(bosAccount);
		Caller chen = api.as(api.signUp("Chen"));
		bo.post("/api/v1/communities/join", Map.of("inviteCode", created.json().get("inviteCode").asString()));

		// round 1: Ana and Bo, the only two
		String round1 = publish(ana, base);
		JsonNode bosFirst = bo.get("/api/v1/pairings").json().get("items").get(0);
		assertThat(bosFirst.get("roundId").asString()).isEqualTo(round1);
		assertThat(bosFirst.get("meeting").asInt()).isEqualTo(1);
		assertThat(bosFirst.get("askedAgain").asBoolean()).isFalse();
		String pair1 = bosFirst.get("id").asString();
		String again1 = "/api/v1/rounds/" + round1 + "/pairs/" + pair1 + "/again";

		this.clock.advance(Duration.ofDays(7));
		assertThat(preview(ana, base).get("pairs")).as("inside the window, nobody asked").isEmpty();

		assertThat(bo.post(again1, null).status()).isEqualTo(204);
		assertThat(bo.post(again1, null).status()).as("asking twice is asking once").isEqualTo(204);
		assertThat(chen.post(again1, null).status()).as("not Chen's pair").isEqualTo(404);
		assertThat(bo.post("/api/v1/rounds/" + pair1 + "/pairs/" + pair1 + "/again", null).status())
			.as("the pair under another round")
			.isEqualTo(404);
		assertThat(bo.get("/api/v1/pairings").json().get("items").get(0).get("askedAgain").asBoolean()).isTrue();
		assertThat(ana.get("/api/v1/pairings").json().get("items").get(0).get("askedAgain").asBoolean())
			.as("Bo's ask is his")
			.isFalse();
		assertThat(preview(ana, base).get("pairs")).as("only Bo asked").isEmpty();

		assertThat(ana.post(again1, null).status()).isEqualTo(204);
		JsonNode pairs = preview(ana, base).get("pairs");
		assertThat(pairs).as("both asked").hasSize(1);
		assertThat(pairs.get(0).get("again").asBoolean()).isTrue();
		assertThat(pairs.get(0).get("reasons").toString()).contains("Your second coffee: you both asked for it.")
			.doesNotContain("not been paired");

		// round 2: their second coffee, the limit of one extra coffee reached
		String round2 = publish(ana, base);
		JsonNode bosSecond = bo.get("/api/v1/pairings").json().get("items").get(0);
		assertThat(bosSecond.get("roundId").asString()).isEqualTo(round2);
		assertThat(bosSecond.get("meeting").asInt()).isEqualTo(2);
		// both coffees into Bo's journal: one person, two meetings
		for (String pairing : List.of(pair1, bosSecond.get("id").asString())) {
			assertThat(bo.call("PUT", "/api/v1/pairings/" + pairing + "/answer", Map.of("outcome", "met")).status())
				.isEqualTo(200);
			assertThat(bo.post("/api/v1/pairings/" + pairing + "/journal", null).status()).isEqualTo(201);
		}
		JsonNode people = bo.get("/api/v1/people?size=200").json();
		assertThat(people.get("total").asLong()).as("the second coffee joins the same person").isEqualTo(1);
		String person = people.get("items").get(0).get("id").asString();
		assertThat(bo.get("/api/v1/meetings?personId=" + person + "&size=200").json().get("total").asLong())
			.isEqualTo(2);
		assertThat(this.pairings.metThrough(bosAccount.id(), java.util.UUID.fromString(person))).singleElement()
			.satisfies((m) -> {
				assertThat(m.paired()).isEqualTo(2);
				assertThat(m.met()).isEqualTo(2);
			});
		String again2 = "/api/v1/rounds/" + round2 + "/pairs/" + bosSecond.get("id").asString() + "/again";
		assertThat(bo.post(again2, null).status()).isEqualTo(204);
		assertThat(ana.post(again2, null).status()).isEqualTo(204);

		this.clock.advance(Duration.ofDays(7));
		assertThat(preview(ana, base).get("pairs")).as("never past the limit").isEmpty();

		// the organizer allows one more: a third coffee
		Map<String, Object> more = new java.util.HashMap<>(settings);
		more.put("againLimit", 2);
		assertThat(ana.call("PUT", base, more).json().get("againLimit").asInt()).isEqualTo(2);
		JsonNode third = preview(ana, base).get("pairs");
		assertThat(third).hasSize(1);
		assertThat(third.get(0).get("reasons").toString()).contains("Your third coffee: you both asked for it.");
		publish(ana, base);

		JsonNode figures = ana.get(base + "/rounds/figures").json().get("items");
		assertThat(figures).hasSize(3);
		assertThat(List.of(figures.get(0).get("again").asInt(), figures.get(1).get("again").asInt(),
				figures.get(2).get("again").asInt()))
			.containsExactly(0, 1, 1);
		assertThat(figures.get(1).get("secondMeetings").asInt()).isEqualTo(1);
		assertThat(figures.get(2).get("thirdMeetings").asInt()).isEqualTo(1);
		assertThat(figures.get(0).get("newTies").asInt()).isEqualTo(1);
	}

	@Test
	void aBadLimitForMeetingAgainIsNamedAndChangesNothing() {
		this.clock.set(Instant.parse("2027-02-01T07:00:00Z"));
		Caller ana = new JsonApi(this.port).newMember("Ana");
		for (Object bad : List.of(-1, 6)) {
			Reply refused = ana.post("/api/v1/communities",
					Map.of("name", "Too many", "cadence", "weekly", "againLimit", bad));
			assertThat(refused.status()).isEqualTo(400);
			assertThat(refused.badFields()).contains("againLimit");
		}
		assertThat(ana.get("/api/v1/communities").json().get("items")).isEmpty();
		Reply byDefault = ana.post("/api/v1/communities", Map.of("name", "Defaults", "cadence", "weekly"));
		assertThat(byDefault.json().get("againLimit").asInt()).isEqualTo(2);
	}

	private static String publish(Caller organizer, String base) {
		Reply published = organizer.post(base + "/rounds", null);
		assertThat(published.status()).as(published.toString()).isEqualTo(201);
		return published.json().get("id").asString();
	}

	private static JsonNode preview(Caller organizer, String base) {
		Reply preview = organizer.post(base + "/rounds/preview", null);
		assertThat(preview.status()).as(preview.toString()).isEqualTo(200);
		return preview.json();
	}

}

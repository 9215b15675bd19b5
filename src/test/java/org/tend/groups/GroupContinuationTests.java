package org.tend.groups;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.tend.support.JsonApi;
import org.tend.support.JsonApi.Caller;
import org.tend.support.JsonApi.Reply;
import org.tend.support.TravelClock;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * After the last session the members choose to keep going or close: more than half settle
 * it; keeping going adds a set of sessions at the same rhythm, closing ends the group.
 * Too early, a closed group, a bad choice or a stranger change nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TravelClock.class)
class GroupContinuationTests {

	@LocalServerPort
	int port;

	@Autowired
	TravelClock.Travel clock;

	@Test
	void moreThanHalfKeepGoingAndLaterClose() {
		this.clock.set(Instant.parse("2027-03-01T09:00:00Z"));
		JsonApi api = new JsonApi(this.port);
		GroupFixture c = GroupFixture.community(api, 4);
		Instant first = Instant.parse("2027-03-08T17:00:00Z");
		JsonNode group = c.publishGroupOfFour(2, 7, first);
		String path = "/api/v1/groups/" + group.get("id").asString() + "/continuation";
		Caller one = c.members().get(0);
		Caller two = c.members().get(1);
		Caller three = c.members().get(2);

		assertThat(one.get(path).json().get("state").asString()).isEqualTo("running");
		Reply early = one.call("PUT", path, Map.of("choice", "keep"));
		assertThat(early.status()).as("before the last session").isEqualTo(409);

		this.clock.set(first.plus(Duration.ofDays(7)).plusSeconds(60));
		assertThat(one.call("PUT", path, Map.of("choice", "maybe")).badFields()).containsExactly("choice");
		assertThat(one.call("PUT", path, Map.of()).badFields()).containsExactly("choice");
		assertThat(api.newMember("Stranger").call("PUT", path, Map.of("choice", "close")).status()).isEqualTo(404);
		assertThat(api.newMember("Stranger").get(path).status()).isEqualTo(404);
		JsonNode untouched = one.get(path).json();
		assertThat(untouched.get("state").asString()).isEqualTo("choosing");
		assertThat(untouched.get("keep").asInt() + untouched.get("close").asInt()).as("nothing changed").isZero();

		assertThat(one.call("PUT", path, Map.of("choice", "keep")).json().get("keep").asInt()).isEqualTo(1);
		two.call("PUT", path, Map.of("choice", "keep"));
		JsonNode half = three.call("PUT", path, Map.of("choice", "close")).json();
		assertThat(half.get("state").asString()).as("two of four is not more than half").isEqualTo("choosing");
		assertThat(half.get("mine").asString()).isEqualTo("close");

		JsonNode kept = three.call("PUT", path, Map.of("choice", "keep")).json();
		assertThat(kept.get("state").asString()).isEqualTo("running");
		assertThat(kept.get("afterSession").asInt()).isEqualTo(4);
		JsonNode sessions = one.get("/api/v1/groups/" + group.get("id").asString()).json().get("sessions");
		assertThat(sessions.size()).isEqualTo(4);
		assertThat(Instant.parse(sessions.get(2).get("startsAt").asString()))
			.isEqualTo(first.plus(Duration.ofDays(14)));
		assertThat(Instant.parse(sessions.get(3).get("startsAt").asString()))
			.isEqualTo(first.plus(Duration.ofDays(21)));

		this.clock.set(first.plus(Duration.ofDays(21)).plusSeconds(60));
		one.call("PUT", path, Map.of("choice", "close"));
		two.call("PUT", path, Map.of("choice", "close"));
		JsonNode closed = three.call("PUT", path, Map.of("choice", "close")).json();
		assertThat(closed.get("state").asString()).isEqualTo("closed");
		assertThat(closed.get("closedAt").isNull()).isFalse();
		assertThat(c.members().get(3).call("PUT", path, Map.of("choice", "keep")).status()).as("closed").isEqualTo(409);
		assertThat(one.get("/api/v1/groups/" + group.get("id").asString()).json().get("sessions").size()).isEqualTo(4);
	}

}

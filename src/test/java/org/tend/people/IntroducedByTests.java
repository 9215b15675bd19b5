package org.tend.people;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tend.support.JsonApi;
import org.tend.support.JsonApi.Caller;
import org.tend.support.JsonApi.Reply;

import static org.assertj.core.api.Assertions.assertThat;

/** "Introduced by": a link between two people of one journal, and never of two. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class IntroducedByTests {

	@LocalServerPort
	int port;

	@Test
	void aPersonNamesWhoIntroducedThemAndForgetsThemWhenTheyAreDeleted() {
		Caller ana = new JsonApi(this.port).newMember("Ana");
		String zoe = ana.create("/api/v1/people", Map.of("name", "Zoë Ñúñez 🌱")).toString();
		String li = ana.create("/api/v1/people", Map.of("name", "李小龍")).toString();
		assertThat(ana.get("/api/v1/people/" + li).json().get("introducedBy").isNull()).isTrue();

		Reply patched = ana.patch("/api/v1/people/" + li, Map.of("introducedBy", zoe, "city", "Lyon"));
		assertThat(patched.status()).as(patched.body()).isEqualTo(200);
		Reply shown = ana.get("/api/v1/people/" + li);
		assertThat(shown.json().get("introducedBy").get("personId").asString()).isEqualTo(zoe);
		assertThat(shown.json().get("introducedBy").get("name").asString()).isEqualTo("Zoë Ñúñez 🌱");
		assertThat(shown.json().get("city").asString()).isEqualTo("Lyon");
		// depth counts the link at both ends: mutual = 3 × min(1, (0 in common + 1) / 5)
		// = 0.6
		assertThat(mutual(ana, li)).isEqualTo("1 0.6");
		assertThat(mutual(ana, zoe)).isEqualTo("1 0.6");

		Map<String, Object> clear = new HashMap<>();
		clear.put("introducedBy", null);
		ana.patch("/api/v1/people/" + li, clear);
		assertThat(ana.get("/api/v1/people/" + li).json().get("introducedBy").isNull()).isTrue();

		ana.patch("/api/v1/people/" + li, Map.of("introducedBy", zoe));
		assertThat(ana.delete("/api/v1/people/" + zoe).status()).isEqualTo(204);
		assertThat(ana.get("/api/v1/people/" + li).json().get("introducedBy").isNull()).isTrue();
	}

	private static String mutual(Caller member, String personId) {
		for (var component : member.get("/api/v1/people/" + personId + "/depth").json().get("components")) {
			if (component.get("name").asString().equals("mutual")) {
				return component.get("value").asInt() + " " + component.get("contribution").asDouble();
			}
		}
		throw new AssertionError("no mutual component");
	}

	@Test
	void anotherMembersPersonOrTheSamePersonIsRefusedAndNothingChanges() {
		JsonApi api = new JsonApi(this.port);
		Caller ana = api.newMember("Ana");
		Caller bo = api.newMember("Bo");
		String zoe = ana.create("/api/v1/people", Map.of("name", "Zoë")).toString();
		String bosPerson = bo.create("/api/v1/people", Map.of("name", "Kai")).toString();

		for (String wrong : List.of(bosPerson, zoe, "not-an-id")) {
			Reply refused = ana.patch("/api/v1/people/" + zoe, Map.of("introducedBy", wrong, "city", "Oslo"));
			assertThat(refused.status()).as(wrong).isEqualTo(400);
			assertThat(refused.badFields()).containsExactly("introducedBy");
		}
		Reply after = ana.get("/api/v1/people/" + zoe);
		assertThat(after.json().get("introducedBy").isNull()).isTrue();
		assertThat(after.json().get("city").isNull()).isTrue();

		// Bo cannot link his person to Ana's, nor touch hers
		assertThat(bo.patch("/api/v1/people/" + bosPerson, Map.of("introducedBy", zoe)).status()).isEqualTo(400);
		assertThat(bo.patch("/api/v1/people/" + zoe, Map.of("introducedBy", bosPerson)).status()).isEqualTo(404);
		assertThat(bo.get("/api/v1/people/" + bosPerson).json().get("introducedBy").isNull()).isTrue();
	}

}

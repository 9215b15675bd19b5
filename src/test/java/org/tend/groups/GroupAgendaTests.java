package org.tend.groups;

import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tend.support.JsonApi;
import org.tend.support.JsonApi.Caller;
import org.tend.support.JsonApi.Reply;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A group's shared agenda: its members add items and see each other's, remove their own
 * only; a member of the community outside the group sees nothing of it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class GroupAgendaTests {

	@LocalServerPort
	int port;

	@Test
	void membersShareAnAgendaAndRemoveTheirOwnItems() {
		JsonApi api = new JsonApi(this.port);
		GroupFixture c = GroupFixture.community(api, 5);
		JsonNode group = c.publishGroupOfFour(6, 14, Instant.now().plusSeconds(7 * 86400));
		String agenda = "/api/v1/groups/" + group.get("id").asString() + "/agenda";
		Caller zoe = c.member(group.get("memberIds").get(0).asString());
		Caller li = c.member(group.get("memberIds").get(1).asString());
		Caller outside = c.members()
			.stream()
			.filter((m) -> !group.get("memberIds").toString().contains(m.get("/api/v1/me").json().get("id").asString()))
			.findFirst()
			.orElseThrow();

		Reply added = zoe.post(agenda, Map.of("text", "  Carbon border taxes: who read the draft? 🌍 "));
		assertThat(added.status()).as(added.toString()).isEqualTo(201);
		assertThat(added.json().get("text").asString()).isEqualTo("Carbon border taxes: who read the draft? 🌍");
		assertThat(added.json().get("mine").asBoolean()).isTrue();
		String zoesItem = added.json().get("id").asString();
		assertThat(li.post(agenda, Map.of("text", "Ñúñez's talk")).status()).isEqualTo(201);

		JsonNode seen = li.get(agenda).json().get("items");
		assertThat(seen.size()).isEqualTo(2);
		assertThat(seen.get(0).get("id").asString()).isEqualTo(zoesItem);
		assertThat(seen.get(0).get("mine").asBoolean()).isFalse();
		assertThat(seen.get(0).get("authorName").asString()).isNotBlank();

		assertThat(zoe.post(agenda, Map.of("text", " ")).badFields()).containsExactly("text");
		assertThat(zoe.post(agenda, Map.of("text", "x".repeat(501))).badFields()).containsExactly("text");
		assertThat(zoe.post(agenda, null).badFields()).containsExactly("text");
		assertThat(outside.get(agenda).status()).as("in the community, not in the group").isEqualTo(404);
		assertThat(outside.post(agenda, Map.of("text", "hello")).status()).isEqualTo(404);
		assertThat(outside.delete(agenda + "/" + zoesItem).status()).isEqualTo(404);
		assertThat(li.delete(agenda + "/" + zoesItem).status()).as("another member's item").isEqualTo(403);
		assertThat(li.get(agenda).json().get("items").size()).as("nothing changed").isEqualTo(2);

		assertThat(zoe.delete(agenda + "/" + zoesItem).status()).isEqualTo(204);
		assertThat(zoe.delete(agenda + "/" + zoesItem).status()).as("gone").isEqualTo(404);
		assertThat(li.get(agenda).json().get("items").size()).isEqualTo(1);
	}

}

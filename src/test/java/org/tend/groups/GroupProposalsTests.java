package org.tend.groups;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tend.mail.MailOutbox;
import org.tend.support.JsonApi;
import org.tend.support.JsonApi.Caller;
import org.tend.support.JsonApi.Reply;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Groups members propose: the community sees the open proposals, members join until the
 * last seat makes it a group with a season (mailed like a published one), the proposer
 * may start it early with four; bad input and strangers change nothing; forming leaves
 * out who joined a proposal after wishing, unless they wished again.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class GroupProposalsTests {

	@LocalServerPort
	int port;

	@Autowired
	MailOutbox outbox;

	private static Map<String, Object> proposal(int size) {
		return new HashMap<>(Map.of("topic", "Climate policy", "mode", "virtual", "size", size));
	}

	@Test
	void membersJoinUntilTheLastSeatMakesItAGroup() {
		JsonApi api = new JsonApi(this.port);
		GroupFixture c = GroupFixture.community(api, 6);
		String proposals = "/api/v1/communities/" + c.communityId() + "/group-proposals";
		Caller zoe = c.members().get(1);

		Map<Map<String, Object>, String> bad = new LinkedHashMap<>();
		bad.put(Map.of("mode", "virtual", "size", 4), "topic");
		bad.put(Map.of("topic", "x".repeat(51), "mode", "virtual", "size", 4), "topic");
		bad.put(Map.of("topic", "Climate", "mode", "either", "size", 4), "mode");
		bad.put(Map.of("topic", "Climate", "mode", "in_person", "size", 4), "city");
		bad.put(Map.of("topic", "Climate", "mode", "virtual", "size", 1), "size");
		bad.put(Map.of("topic", "Climate", "mode", "virtual", "size", 9), "size");
		bad.put(Map.of("topic", "Climate", "mode", "virtual"), "size");
		bad.put(Map.of("topic", "Climate", "mode", "virtual", "size", 4, "sessions", 0), "sessions");
		bad.put(Map.of("topic", "Climate", "mode", "virtual", "size", 4, "firstAt", "2001-01-01T00:00:00Z"), "firstAt");
		bad.forEach((body, field) -> assertThat(zoe.post(proposals, body).badFields()).as(body.toString())
			.containsExactly(field));
		Caller stranger = api.newMember("Stranger");
		assertThat(stranger.post(proposals, proposal(4)).status()).isEqualTo(404);
		assertThat(zoe.get(proposals).json().get("items").size()).as("nothing proposed").isZero();

		Reply proposed = zoe.post(proposals, proposal(4));
		assertThat(proposed.status()).as(proposed.toString()).isEqualTo(201);
		assertThat(proposed.json().get("openSeats").asInt()).isEqualTo(3);
		assertThat(zoe.post(proposals, proposal(5)).status()).as("one open proposal at a time").isEqualTo(409);
		String join = proposals + "/" + proposed.json().get("id").asString() + "/join";
		assertThat(stranger.get(proposals).status()).isEqualTo(404);
		assertThat(stranger.post(join, null).status()).isEqualTo(404);

		JsonNode seen = c.members().get(2).get(proposals).json().get("items");
		assertThat(seen.size()).isEqualTo(1);
		assertThat(seen.get(0).get("topic").asString()).isEqualTo("Climate policy");
		assertThat(zoe.post(join, null).status()).as("already in").isEqualTo(409);
		assertThat(c.members().get(2).post(join, null).json().get("openSeats").asInt()).isEqualTo(2);
		assertThat(c.members().get(3).post(join, null).json().get("groupId").isNull()).isTrue();
		JsonNode full = c.members().get(4).post(join, null).json();
		assertThat(full.get("openSeats").asInt()).isZero();
		String groupId = full.get("groupId").asString();
		assertThat(c.members().get(5).post(join, null).status()).as("it is a group now").isEqualTo(409);
		assertThat(zoe.get(proposals).json().get("items").size()).as("no longer open").isZero();

		JsonNode group = c.members().get(4).get("/api/v1/groups/" + groupId).json();
		assertThat(group.get("topic").asString()).isEqualTo("Climate policy");
		assertThat(group.get("memberIds").size()).isEqualTo(4);
		assertThat(group.get("sessions").size()).isEqualTo(6);
		assertThat(c.members().get(5).get("/api/v1/groups/" + groupId).status()).isEqualTo(404);
		for (JsonNode m : group.get("memberIds")) {
			assertThat(this.outbox.queued("group-published:" + groupId + ":" + m.asString())).isTrue();
		}
	}

	@Test
	void theProposerStartsItEarlyOnceFourAreIn() {
		JsonApi api = new JsonApi(this.port);
		GroupFixture c = GroupFixture.community(api, 5);
		String proposals = "/api/v1/communities/" + c.communityId() + "/group-proposals";
		Caller zoe = c.members().get(1);
		Map<String, Object> body = proposal(8);
		body.putAll(Map.of("mode", "in_person", "city", "Valencia", "sessions", 3, "intervalDays", 7));
		String id = zoe.post(proposals, body).json().get("id").asString();
		c.members().get(2).post(proposals + "/" + id + "/join", null);
		c.members().get(3).post(proposals + "/" + id + "/join", null);
		assertThat(zoe.post(proposals + "/" + id + "/start", null).status()).as("three").isEqualTo(409);
		c.members().get(4).post(proposals + "/" + id + "/join", null);
		assertThat(c.members().get(2).post(proposals + "/" + id + "/start", null).status()).isEqualTo(403);

		Reply started = zoe.post(proposals + "/" + id + "/start", null);
		assertThat(started.status()).as(started.toString()).isEqualTo(200);
		JsonNode group = zoe.get("/api/v1/groups/" + started.json().get("groupId").asString()).json();
		assertThat(group.get("memberIds").size()).isEqualTo(4);
		assertThat(group.get("city").asString()).isEqualTo("Valencia");
		assertThat(group.get("sessions").size()).isEqualTo(3);
		assertThat(zoe.post(proposals + "/" + id + "/start", null).status()).isEqualTo(409);
	}

	@Test
	void theProposerWithdrawsAndAMemberWhoJoinedLeavesBeforeItIsAGroup() {
		JsonApi api = new JsonApi(this.port);
		GroupFixture c = GroupFixture.community(api, 6);
		String proposals = "/api/v1/communities/" + c.communityId() + "/group-proposals";
		Caller zoe = c.members().get(1);
		Caller bo = c.members().get(2);
		String id = zoe.post(proposals, proposal(5)).json().get("id").asString();
		String p = proposals + "/" + id;

		assertThat(bo.post(p + "/leave", null).status()).as("not in it").isEqualTo(409);
		assertThat(bo.post(p + "/join", null).json().get("openSeats").asInt()).isEqualTo(3);
		assertThat(zoe.post(p + "/leave", null).status()).as("the proposer withdraws instead").isEqualTo(409);
		assertThat(bo.post(p + "/withdraw", null).status()).as("only its proposer").isEqualTo(403);
		assertThat(api.newMember("Stranger").post(p + "/leave", null).status()).isEqualTo(404);
		assertThat(zoe.get(proposals).json().get("items").get(0).get("memberIds").size()).as("nothing changed")
			.isEqualTo(2);

		Reply left = bo.post(p + "/leave", null);
		assertThat(left.status()).as(left.toString()).isEqualTo(200);
		assertThat(left.json().get("openSeats").asInt()).isEqualTo(4);
		assertThat(bo.post(p + "/join", null).status()).as("and may join again").isEqualTo(200);

		assertThat(zoe.post(p + "/withdraw", null).status()).isEqualTo(204);
		assertThat(zoe.get(proposals).json().get("items").size()).isZero();
		assertThat(bo.post(p + "/join", null).status()).as("gone").isEqualTo(404);
		assertThat(zoe.post(p + "/withdraw", null).status()).isEqualTo(404);
		assertThat(zoe.post(proposals, proposal(4)).status()).as("free to propose another").isEqualTo(201);
	}

	@Test
	void aProposalThatBecameAGroupIsNeitherWithdrawnNorLeft() {
		JsonApi api = new JsonApi(this.port);
		GroupFixture c = GroupFixture.community(api, 5);
		String proposals = "/api/v1/communities/" + c.communityId() + "/group-proposals";
		String p = proposals + "/" + c.members().get(1).post(proposals, proposal(4)).json().get("id").asString();
		for (int i = 2; i <= 4; i++) {
			c.members().get(i).post(p + "/join", null);
		}
		assertThat(c.members().get(1).post(p + "/withdraw", null).status()).isEqualTo(409);
		assertThat(c.members().get(2).post(p + "/leave", null).status()).isEqualTo(409);
	}

	@Test
	void formingLeavesOutWhoJoinedAProposalUnlessTheyWishedAgain() {
		JsonApi api = new JsonApi(this.port);
		GroupFixture c = GroupFixture.community(api, 8);
		String base = "/api/v1/communities/" + c.communityId();
		Map<String, Object> wish = Map.of("topics", List.of("Climate policy"), "mode", "virtual", "sizeMin", 4,
				"sizeMax", 5);
		for (Caller member : c.members()) {
			assertThat(member.post(base + "/group-wishes", wish).status()).isEqualTo(201);
		}
		String id = c.members().get(1).post(base + "/group-proposals", proposal(6)).json().get("id").asString();
		for (int i = 2; i <= 4; i++) {
			c.members().get(i).post(base + "/group-proposals/" + id + "/join", null);
		}
		assertThat(previewed(c, base)).containsExactlyInAnyOrder(id(c, 0), id(c, 5), id(c, 6), id(c, 7));

		c.members().get(2).post(base + "/group-wishes", wish);
		assertThat(previewed(c, base)).as("a wish after joining asks for a second group")
			.containsExactlyInAnyOrder(id(c, 0), id(c, 2), id(c, 5), id(c, 6), id(c, 7));
	}

	private static String id(GroupFixture c, int i) {
		return c.accounts().get(i).id().toString();
	}

	/** Everyone the preview considered: placed or unplaced. */
	private static List<String> previewed(GroupFixture c, String base) {
		JsonNode preview = c.organizer().post(base + "/groups/preview", null).json();
		List<String> ids = new ArrayList<>();
		preview.get("groups").forEach((g) -> g.get("memberIds").forEach((m) -> ids.add(m.asString())));
		preview.get("unplaced").forEach((m) -> ids.add(m.asString()));
		return ids;
	}

}

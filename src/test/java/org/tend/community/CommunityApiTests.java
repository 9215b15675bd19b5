package org.tend.community;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tend.mail.MailOutbox;
import org.tend.support.JsonApi;
import org.tend.support.JsonApi.Caller;
import org.tend.support.JsonApi.Member;
import org.tend.support.JsonApi.Reply;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A community's life through the JSON API, as the issue writes it: create, join by code,
 * profiles, members, fit, preview, publish (once a period), my pairings, "met" and the
 * coffee in the member's own journal.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CommunityApiTests {

	@LocalServerPort
	int port;

	@Autowired
	MailOutbox outbox;

	private static Map<String, Object> community(String name) {
		return Map.of("name", name, "description", "Makers of Valencia", "cadence", "weekly", "openDay", "tuesday",
				"openTime", "09:30", "timezone", "Europe/Madrid");
	}

	private static Map<String, Object> profile(String headline, List<String> topics, List<String> asks,
			List<String> offers, String city) {
		return Map.of("headline", headline, "topics", topics, "asks", asks, "offers", offers, "city", city, "timezone",
				"Europe/Madrid", "mode", "either", "optIn", true);
	}

	record Community(Caller organizer, String id, String code, List<Caller> members, List<Member> accounts) {
	}

	private Community communityOfFive(JsonApi api) {
		Member ana = api.signUp("Ana");
		Caller organizer = api.as(ana);
		Reply created = organizer.post("/api/v1/communities", community("Valencia makers"));
		assertThat(created.status()).isEqualTo(201);
		String id = created.json().get("id").asString();
		String code = created.json().get("inviteCode").asString();
		assertThat(created.json().get("inviteLink").asString()).endsWith("/communities/join/" + code);
		List<Caller> members = new ArrayList<>(List.of(organizer));
		List<Member> accounts = new ArrayList<>(List.of(ana));
		for (String name : List.of("Bo", "Chen", "Dara", "Eli")) {
			Member account = api.signUp(name);
			Caller member = api.as(account);
			assertThat(member.post("/api/v1/communities/join", Map.of("inviteCode", code)).status()).isEqualTo(201);
			members.add(member);
			accounts.add(account);
		}
		List<List<String>> asks = List.of(List.of("pricing advice"), List.of("a rust mentor"), List.of("grant writing"),
				List.of("pricing advice"), List.of("hiring"));
		List<List<String>> offers = List.of(List.of("rust mentoring"), List.of("pricing advice"), List.of("hiring"),
				List.of("grant writing"), List.of("design reviews"));
		for (int i = 0; i < members.size(); i++) {
			Reply saved = members.get(i)
				.call("PUT", "/api/v1/communities/" + id + "/profile",
						profile("Maker " + i, List.of("rust", "ceramics"), asks.get(i), offers.get(i), "Valencia"));
			assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
		}
		return new Community(organizer, id, code, members, accounts);
	}

	@Test
	void aWholeRoundThroughTheApi() {
		JsonApi api = new JsonApi(this.port);
		Community c = communityOfFive(api);
		String base = "/api/v1/communities/" + c.id();

		assertThat(c.members().get(1).post("/api/v1/communities/join", Map.of("inviteCode", c.code())).status())
			.as("joining twice")
			.isEqualTo(200);
		JsonNode members = c.members().get(2).get(base + "/members?page=0&size=3").json();
		assertThat(members.get("total").asLong()).isEqualTo(5);
		assertThat(members.get("size").asInt()).isEqualTo(3);
		assertThat(members.get("items").size()).isEqualTo(3);
		assertThat(members.get("items").get(0).has("memberId")).isTrue();
		assertThat(members.get("items").get(0).get("headline").asString()).startsWith("Maker");
		assertThat(members.get("items").get(0).get("optIn").asBoolean()).isTrue();
		assertThat(members.toString()).doesNotContain("dontPairWith");

		String a = c.accounts().get(0).id().toString();
		String b = c.accounts().get(1).id().toString();
		Reply fit = c.organizer().get(base + "/fit?a=" + a + "&b=" + b);
		assertThat(fit.status()).isEqualTo(200);
		assertThat(fit.json().get("score").asInt()).isPositive();
		assertThat(fit.json().get("reasons").size()).isPositive();
		assertThat(c.members().get(1).get(base + "/fit?a=" + a + "&b=" + b).status()).isEqualTo(403);

		JsonNode preview = c.organizer().post(base + "/rounds/preview", null).json();
		assertThat(c.organizer().post(base + "/rounds/preview", null).json()).as("a preview saves nothing")
			.isEqualTo(preview);
		assertThat(preview.get("pairs").size()).isEqualTo(2);
		long sum = 0;
		Set<String> paired = new HashSet<>();
		for (JsonNode pair : preview.get("pairs")) {
			sum += pair.get("score").asLong();
			pair.get("memberIds").forEach((m) -> paired.add(m.asString()));
			String x = pair.get("memberIds").get(0).asString();
			String y = pair.get("memberIds").get(1).asString();
			assertThat(pair.get("score").asInt()).as("a pair's score is its fit")
				.isGreaterThanOrEqualTo(
						c.organizer().get(base + "/fit?a=" + x + "&b=" + y).json().get("score").asInt());
		}
		assertThat(paired).as("five members: a pair and a trio, nobody left out").hasSize(5);
		assertThat(preview.get("totalScore").asLong()).isEqualTo(sum);
		assertThat(c.members().get(1).post(base + "/rounds/preview", null).status()).isEqualTo(403);
		assertThat(c.members().get(1).post(base + "/rounds", null).status()).isEqualTo(403);

		Reply published = c.organizer().post(base + "/rounds", null);
		assertThat(published.status()).isEqualTo(201);
		assertThat(published.json().get("pairs")).isEqualTo(preview.get("pairs"));
		String roundId = published.json().get("id").asString();
		for (Member member : c.accounts()) {
			assertThat(this.outbox.queued("community-intro:" + roundId + ":" + member.id())).isTrue();
		}
		Reply again = c.organizer().post(base + "/rounds", null);
		assertThat(again.status()).isEqualTo(409);
		assertThat(again.contentType()).startsWith("application/problem+json");

		JsonNode next = c.organizer().post(base + "/rounds/preview", null).json();
		assertThat(next.get("periodStart").asString()).isNotEqualTo(preview.get("periodStart").asString());
		Set<Set<String>> before = pairsOf(preview);
		assertThat(pairsOf(next)).as("no pair repeats inside the window").doesNotContainAnyElementsOf(before);

		// Bo's coffee: met, then into his journal
		Caller bo = c.members().get(1);
		JsonNode mine = bo.get("/api/v1/pairings").json().get("items");
		assertThat(mine.size()).isEqualTo(1);
		String pairing = mine.get(0).get("id").asString();
		assertThat(mine.get(0).get("partners").size()).isPositive();
		assertThat(c.members().get(2).get("/api/v1/pairings").json().toString()).doesNotContain("\"outcome\":\"met\"");
		assertThat(bo.post("/api/v1/pairings/" + pairing + "/journal", null).status()).as("not met yet").isEqualTo(400);
		Reply answered = bo.call("PUT", "/api/v1/pairings/" + pairing + "/answer",
				Map.of("outcome", "met", "rating", 5, "note", "Great talk about kilns"));
		assertThat(answered.status()).isEqualTo(200);
		Reply recorded = bo.post("/api/v1/pairings/" + pairing + "/journal", null);
		assertThat(recorded.status()).isEqualTo(201);
		JsonNode meeting = bo.get(recorded.location()).json();
		assertThat(meeting.get("kind").asString()).isEqualTo("coffee");
		assertThat(meeting.get("status").asString()).isEqualTo("happened");
		assertThat(bo.get("/api/v1/people?size=200").json().get("total").asLong()).isPositive();
		assertThat(bo.post("/api/v1/pairings/" + pairing + "/journal", null).status()).as("only once").isEqualTo(400);
		assertThat(c.members()
			.get(2)
			.call("PUT", "/api/v1/pairings/" + pairing + "/answer", Map.of("outcome", "met"))
			.status()).as("somebody else's pairing, unless Chen was in it").isIn(200, 404);

		JsonNode figures = c.organizer().get(base + "/rounds/figures").json().get("items");
		assertThat(figures.size()).isEqualTo(1);
		assertThat(figures.get(0).get("participationPercent").asInt()).isEqualTo(100);
		assertThat(figures.get(0).get("meetRatePercent").asInt()).isEqualTo(50);
		assertThat(figures.toString()).doesNotContain("kilns");
		assertThat(c.members().get(1).get(base + "/rounds/figures").status()).isEqualTo(403);
	}

	@Test
	void strangersGet404AndBadInputIsNamed() {
		JsonApi api = new JsonApi(this.port);
		Community c = communityOfFive(api);
		String base = "/api/v1/communities/" + c.id();
		Caller stranger = api.newMember("Stranger");
		for (String path : List.of(base, base + "/members", base + "/profile", base + "/rounds/figures",
				base + "/fit?a=" + c.accounts().get(0).id() + "&b=" + c.accounts().get(1).id())) {
			assertThat(stranger.get(path).status()).as(path).isEqualTo(404);
		}
		assertThat(stranger.post(base + "/rounds/preview", null).status()).isEqualTo(404);
		assertThat(stranger.post(base + "/rounds", null).status()).isEqualTo(404);
		assertThat(stranger.post("/api/v1/communities/join", Map.of("inviteCode", "nosuchcode23")).status())
			.isEqualTo(404);

		Caller bo = c.members().get(1);
		assertBad(bo.call("PUT", base + "/profile", Map.of("headline", "x".repeat(201))), "headline");
		assertBad(bo.call("PUT", base + "/profile", Map.of("mode", "telepathy")), "mode");
		assertBad(bo.call("PUT", base + "/profile", Map.of("timezone", "Mars/Olympus")), "timezone");
		assertBad(
				bo.call("PUT", base + "/profile", Map.of("topics",
						java.util.Collections.nCopies(21, "t").stream().map((t) -> t + UUID.randomUUID()).toList())),
				"topics");
		assertBad(bo.call("PUT", base + "/profile", Map.of("dontPairWith", List.of(UUID.randomUUID()))),
				"dontPairWith");
		assertThat(bo.get(base + "/profile").json().get("headline").asString()).as("nothing changed")
			.isEqualTo("Maker 1");
		assertBad(c.organizer().post("/api/v1/communities", Map.of("cadence", "weekly")), "name");
		assertBad(c.organizer().post("/api/v1/communities", Map.of("name", "X", "cadence", "daily")), "cadence");
		assertBad(c.organizer().get(base + "/fit?a=" + c.accounts().get(0).id() + "&b=" + UUID.randomUUID()), "b");

		Caller lonely = api.newMember("Lonely");
		String alone = lonely.post("/api/v1/communities", community("Just me")).json().get("id").asString();
		Reply tooFew = lonely.post("/api/v1/communities/" + alone + "/rounds/preview", null);
		assertThat(tooFew.status()).isEqualTo(422);
		assertThat(tooFew.json().get("detail").asString()).contains("at least two");
		assertThat(lonely.post("/api/v1/communities/" + alone + "/rounds", null).status()).isEqualTo(422);
	}

	@Test
	void theDontPairListIsPrivateAndHonoured() {
		JsonApi api = new JsonApi(this.port);
		Community c = communityOfFive(api);
		String base = "/api/v1/communities/" + c.id();
		JsonNode preview = c.organizer().post(base + "/rounds/preview", null).json();
		JsonNode first = preview.get("pairs").get(0).get("memberIds");
		UUID x = UUID.fromString(first.get(0).asString());
		UUID y = UUID.fromString(first.get(1).asString());
		int xi = indexOf(c, x);
		Map<String, Object> mine = new java.util.HashMap<>(
				profile("Maker " + xi, List.of("rust"), List.of(), List.of(), "Valencia"));
		mine.put("dontPairWith", List.of(y));
		assertThat(c.members().get(xi).call("PUT", base + "/profile", mine).status()).isEqualTo(200);
		assertThat(c.members().get(xi).get(base + "/profile").json().get("dontPairWith").toString())
			.contains(y.toString());
		for (Caller other : c.members()) {
			assertThat(other.get(base + "/members?size=200").body()).doesNotContain("dontPairWith");
		}
		assertThat(pairsOf(c.organizer().post(base + "/rounds/preview", null).json()))
			.noneSatisfy((pair) -> assertThat(pair).contains(x.toString(), y.toString()));
	}

	@Test
	void aMemberWhoLeftMidRoundIsShownAsGone() {
		JsonApi api = new JsonApi(this.port);
		Community c = communityOfFive(api);
		String base = "/api/v1/communities/" + c.id();
		c.organizer().post(base + "/rounds", null);
		Caller eli = c.members().get(4);
		JsonNode elis = eli.get("/api/v1/pairings").json().get("items").get(0);
		assertThat(eli.delete(base + "/membership").status()).isEqualTo(204);
		assertThat(eli.get(base).status()).isEqualTo(404);
		String partner = elis.get("partners").get(0).get("memberId").asString();
		Caller partnerCaller = c.members().get(indexOf(c, UUID.fromString(partner)));
		JsonNode theirs = partnerCaller.get("/api/v1/pairings").json().get("items").get(0);
		assertThat(theirs.get("partners").toString()).contains("\"leftCommunity\":true");
		assertBad(c.organizer().get(base + "/fit?a=" + c.accounts().get(0).id() + "&b=" + c.accounts().get(4).id()),
				"b");
		assertThat(c.organizer().get(base + "/members").json().get("total").asLong()).isEqualTo(4);
	}

	private static int indexOf(Community c, UUID id) {
		for (int i = 0; i < c.accounts().size(); i++) {
			if (c.accounts().get(i).id().equals(id)) {
				return i;
			}
		}
		throw new IllegalArgumentException("not a member: " + id);
	}

	private static Set<Set<String>> pairsOf(JsonNode round) {
		Set<Set<String>> pairs = new HashSet<>();
		for (JsonNode group : round.get("pairs")) {
			List<String> ids = new ArrayList<>();
			group.get("memberIds").forEach((m) -> ids.add(m.asString()));
			for (int i = 0; i < ids.size(); i++) {
				for (int j = i + 1; j < ids.size(); j++) {
					pairs.add(Set.of(ids.get(i), ids.get(j)));
				}
			}
		}
		return pairs;
	}

	private static void assertBad(Reply reply, String field) {
		assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
		assertThat(reply.contentType()).startsWith("application/problem+json");
		assertThat(reply.badFields()).as(reply.toString()).contains(field);
	}

}

package org.tend.ledger;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

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
import org.tend.search.PersonMatches;
import org.tend.search.SearchIndex;
import org.tend.search.SearchSource;
import org.tend.support.TravelClock;
import org.tend.support.SmallJournal;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TravelClock.class)
class LedgerApiTests {

	/**
	 * Late evening in UTC: already the 11th for a member in Madrid, so the tests see
	 * whose "today" is used.
	 */
	static final Instant NOW = Instant.parse("2026-03-10T23:30:00Z");

	@Autowired
	TravelClock.Travel clock;

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SearchIndex search;

	private JsonApi api;

	private Member ana;

	private Member bo;

	private UUID zoe;

	private UUID bosPerson;

	@BeforeEach
	void members() {
		this.clock.set(NOW);
		this.api = new JsonApi(this.port);
		this.ana = this.api.signUp("Ana");
		this.bo = this.api.signUp("Bo");
		new SmallJournal(this.jdbc).setTimeZone(this.ana.id(), "Europe/Madrid");
		SmallJournal rows = new SmallJournal(this.jdbc);
		this.zoe = rows.person(this.ana.id(), "Zoë Ñúñez 🌱");
		this.bosPerson = rows.person(this.bo.id(), "李小龍");
	}

	@Test
	void recordsAnExchangeOnTodayInTheMembersZone() {
		Reply created = post("/api/v1/exchanges",
				exchange(this.zoe, "given", "introduction", "Introduced Zoë to the soil carbon team"));

		assertThat(created.status()).isEqualTo(201);
		String id = created.json().get("id").asString();
		assertThat(created.location()).endsWith("/api/v1/exchanges/" + id);
		assertThat(created.json().get("on").asString()).isEqualTo("2026-03-11");
		assertThat(created.json().get("direction").asString()).isEqualTo("given");
		assertThat(created.json().get("kind").asString()).isEqualTo("introduction");
		Reply shown = get("/api/v1/exchanges/" + id);
		assertThat(shown.status()).isEqualTo(200);
		assertThat(shown.json().get("description").asString()).isEqualTo("Introduced Zoë to the soil carbon team");
		assertThat(shown.json().get("personId").asString()).isEqualTo(this.zoe.toString());
	}

	@Test
	void listsExchangesFilteredAndPaged() {
		UUID li = new SmallJournal(this.jdbc).person(this.ana.id(), "李小龍");
		post("/api/v1/exchanges", exchange(this.zoe, "given", "advice", "Pricing advice", "2026-01-02"));
		post("/api/v1/exchanges", exchange(this.zoe, "received", "advice", "Advice on hiring", "2026-02-02"));
		post("/api/v1/exchanges", exchange(li, "given", "referral", "Referred to a lawyer", "2026-03-02"));

		Reply zoes = get("/api/v1/exchanges?personId=" + this.zoe);
		assertThat(zoes.json().get("total").asLong()).isEqualTo(2);
		assertThat(zoes.json().get("items").get(0).get("description").asString()).isEqualTo("Advice on hiring");

		Reply given = get("/api/v1/exchanges?direction=given&kind=advice");
		assertThat(given.json().get("items")).singleElement()
			.satisfies((item) -> assertThat(item.get("description").asString()).isEqualTo("Pricing advice"));

		Reply page = get("/api/v1/exchanges?page=1&size=2");
		assertThat(page.json().get("page").asInt()).isEqualTo(1);
		assertThat(page.json().get("size").asInt()).isEqualTo(2);
		assertThat(page.json().get("total").asLong()).isEqualTo(3);
		assertThat(page.json().get("items")).singleElement()
			.satisfies((item) -> assertThat(item.get("on").asString()).isEqualTo("2026-01-02"));
	}

	@Test
	void indexesExchangesAndPromisesForSearchAndForgetsThemWhenDeleted() {
		String exchange = post("/api/v1/exchanges",
				exchange(this.zoe, "received", "feedback", "Feedback on my climate dashboard"))
			.json()
			.get("id")
			.asString();
		post("/api/v1/promises", promise(this.zoe, "me", "Send the hydrology paper", null));

		assertThat(this.search.search(this.ana.id(), "climate", 5)).singleElement()
			.extracting(PersonMatches::personId)
			.isEqualTo(this.zoe);
		assertThat(this.search.search(this.ana.id(), "hydrology", 5)).singleElement()
			.satisfies((match) -> assertThat(match.matches().get(0).source()).isEqualTo(SearchSource.PROMISE));

		assertThat(delete("/api/v1/exchanges/" + exchange).status()).isEqualTo(204);
		assertThat(get("/api/v1/exchanges/" + exchange).status()).isEqualTo(404);
		assertThat(this.search.search(this.ana.id(), "climate", 5)).isEmpty();
	}

	@Test
	void makesAndListsPromises() {
		Reply created = post("/api/v1/promises", promise(this.zoe, "me", "Send the article", "2026-03-20"));
		post("/api/v1/promises", promise(this.zoe, "them", "Intro to Ana", "2026-03-01"));
		post("/api/v1/promises", promise(this.zoe, "me", "Call back", null));

		assertThat(created.status()).isEqualTo(201);
		assertThat(created.location()).endsWith("/api/v1/promises/" + created.json().get("id").asString());
		assertThat(created.json().get("status").asString()).isEqualTo("open");
		assertThat(created.json().get("owner").asString()).isEqualTo("me");
		assertThat(created.json().get("due").asString()).isEqualTo("2026-03-20");
		assertThat(texts(get("/api/v1/promises"))).containsExactly("Intro to Ana", "Send the article", "Call back");
		assertThat(texts(get("/api/v1/promises?owner=me&personId=" + this.zoe))).containsExactly("Send the article",
				"Call back");
		assertThat(texts(get("/api/v1/promises?status=kept"))).isEmpty();
	}

	@Test
	void keepingAPromiseClosesItAndReopeningClearsTheClose() {
		String id = post("/api/v1/promises", promise(this.zoe, "me", "Send the article", "2026-03-20")).json()
			.get("id")
			.asString();

		Reply kept = patch("/api/v1/promises/" + id, Map.of("status", "kept"));
		assertThat(kept.status()).isEqualTo(200);
		assertThat(kept.json().get("status").asString()).isEqualTo("kept");
		assertThat(Instant.parse(kept.json().get("closedAt").asString())).isEqualTo(NOW);
		assertThat(kept.json().get("text").asString()).isEqualTo("Send the article");
		assertThat(kept.json().get("due").asString()).isEqualTo("2026-03-20");
		assertThat(texts(get("/api/v1/promises?status=kept"))).containsExactly("Send the article");

		Map<String, Object> reopen = new LinkedHashMap<>();
		reopen.put("status", "open");
		reopen.put("text", "Send the article and the slides");
		reopen.put("due", null);
		Reply reopened = patch("/api/v1/promises/" + id, reopen);
		assertThat(reopened.json().get("status").asString()).isEqualTo("open");
		assertThat(reopened.json().get("closedAt").isNull()).isTrue();
		assertThat(reopened.json().get("due").isNull()).isTrue();
		assertThat(get("/api/v1/promises/" + id).json().get("text").asString())
			.isEqualTo("Send the article and the slides");
	}

	@Test
	void anotherMembersExchangeOrPromiseIsNotFoundOnEveryRoute() {
		String exchange = call(this.bo, "POST", "/api/v1/exchanges",
				exchange(this.bosPerson, "given", "advice", "Bo's advice"))
			.json()
			.get("id")
			.asString();
		String promise = call(this.bo, "POST", "/api/v1/promises", promise(this.bosPerson, "me", "Bo's promise", null))
			.json()
			.get("id")
			.asString();

		assertThat(get("/api/v1/exchanges/" + exchange).status()).isEqualTo(404);
		assertThat(delete("/api/v1/exchanges/" + exchange).status()).isEqualTo(404);
		assertThat(get("/api/v1/promises/" + promise).status()).isEqualTo(404);
		assertThat(patch("/api/v1/promises/" + promise, Map.of("status", "kept")).status()).isEqualTo(404);
		assertThat(delete("/api/v1/promises/" + promise).status()).isEqualTo(404);
		assertThat(get("/api/v1/exchanges").json().get("total").asLong()).isZero();
		assertThat(get("/api/v1/promises").json().get("total").asLong()).isZero();
		assertThat(call(this.bo, "GET", "/api/v1/promises/" + promise, null).json().get("status").asString())
			.isEqualTo("open");
		assertThat(call(this.bo, "GET", "/api/v1/exchanges/" + exchange, null).status()).isEqualTo(200);
	}

	@Test
	void anotherMembersPersonOrMeetingIsBadInputAndNothingIsSaved() {
		UUID bosMeeting = new SmallJournal(this.jdbc).meeting(this.bo.id(), this.bosPerson);
		Map<String, Object> withBosMeeting = new LinkedHashMap<>(exchange(this.zoe, "given", "advice", "Advice"));
		withBosMeeting.put("meetingId", bosMeeting);
		Map<String, Object> promiseAtBosMeeting = new LinkedHashMap<>(promise(this.zoe, "me", "Send it", null));
		promiseAtBosMeeting.put("meetingId", bosMeeting);

		Reply foreignPerson = post("/api/v1/exchanges", exchange(this.bosPerson, "given", "advice", "Advice"));
		assertThat(foreignPerson.status()).isEqualTo(400);
		assertThat(foreignPerson.badFields()).containsExactly("personId");
		assertThat(post("/api/v1/exchanges", withBosMeeting).badFields()).containsExactly("meetingId");
		assertThat(post("/api/v1/promises", promise(this.bosPerson, "me", "Send it", null)).badFields())
			.containsExactly("personId");
		assertThat(post("/api/v1/promises", promiseAtBosMeeting).badFields()).containsExactly("meetingId");

		assertThat(rows("exchange")).isZero();
		assertThat(rows("promise")).isZero();
		assertThat(rows("search_document")).isZero();
	}

	@Test
	void movingAPromiseToAnotherMembersPersonIsBadInput() {
		String id = post("/api/v1/promises", promise(this.zoe, "me", "Send the article", null)).json()
			.get("id")
			.asString();

		Reply moved = patch("/api/v1/promises/" + id, Map.of("personId", this.bosPerson, "text", "Changed"));

		assertThat(moved.status()).isEqualTo(400);
		assertThat(moved.badFields()).containsExactly("personId");
		assertThat(get("/api/v1/promises/" + id).json().get("text").asString()).isEqualTo("Send the article");
	}

	@Test
	void unknownEnumValuesAreBadInputNamingTheField() {
		Reply direction = post("/api/v1/exchanges", exchange(this.zoe, "sideways", "advice", "Advice"));
		assertThat(direction.status()).isEqualTo(400);
		assertThat(direction.badFields()).containsExactly("direction");
		assertThat(post("/api/v1/exchanges", exchange(this.zoe, "given", "bribe", "Advice")).badFields())
			.containsExactly("kind");
		assertThat(post("/api/v1/promises", promise(this.zoe, "nobody", "Send it", null)).badFields())
			.containsExactly("owner");
		String id = post("/api/v1/promises", promise(this.zoe, "me", "Send it", null)).json().get("id").asString();
		assertThat(patch("/api/v1/promises/" + id, Map.of("status", "forgotten")).badFields())
			.containsExactly("status");
		assertThat(patch("/api/v1/promises/" + id, Map.of("due", "next tuesday")).badFields()).containsExactly("due");
		assertThat(get("/api/v1/exchanges?kind=bribe").badFields()).containsExactly("kind");
		assertThat(get("/api/v1/promises?status=forgotten").badFields()).containsExactly("status");
		assertThat(rows("exchange")).isZero();
	}

	@Test
	void overLongOrMissingTextIsBadInput() {
		Reply longDescription = post("/api/v1/exchanges", exchange(this.zoe, "given", "advice", "é".repeat(2001)));
		assertThat(longDescription.status()).isEqualTo(400);
		assertThat(longDescription.badFields()).containsExactly("description");
		assertThat(post("/api/v1/exchanges", exchange(this.zoe, "given", "advice", "é".repeat(2000))).status())
			.isEqualTo(201);
		assertThat(post("/api/v1/promises", promise(this.zoe, "me", "x".repeat(1001), null)).badFields())
			.containsExactly("text");
		assertThat(post("/api/v1/promises", promise(this.zoe, "me", "  ", null)).badFields()).containsExactly("text");
		String id = post("/api/v1/promises", promise(this.zoe, "me", "Send it", null)).json().get("id").asString();
		assertThat(patch("/api/v1/promises/" + id, Map.of("text", "x".repeat(1001))).badFields())
			.containsExactly("text");
		assertThat(patch("/api/v1/promises/" + id, Map.of("text", " ")).badFields()).containsExactly("text");
		assertThat(rows("exchange")).isOne();
		assertThat(rows("promise")).isOne();
	}

	@Test
	void everyRouteWantsAToken() {
		UUID any = UUID.randomUUID();
		List<String[]> routes = List.of(new String[] { "GET", "/api/v1/exchanges" },
				new String[] { "POST", "/api/v1/exchanges" }, new String[] { "GET", "/api/v1/exchanges/" + any },
				new String[] { "DELETE", "/api/v1/exchanges/" + any }, new String[] { "GET", "/api/v1/promises" },
				new String[] { "POST", "/api/v1/promises" }, new String[] { "GET", "/api/v1/promises/" + any },
				new String[] { "PATCH", "/api/v1/promises/" + any },
				new String[] { "DELETE", "/api/v1/promises/" + any });

		for (String[] route : routes) {
			Object body = route[0].equals("POST") || route[0].equals("PATCH") ? Map.of() : null;
			assertThat(this.api.call(route[0], route[1], null, body).status()).as(route[0] + " " + route[1])
				.isEqualTo(401);
		}
	}

	@Test
	void theOpenApiDocumentDescribesTheLedgerRoutes() {
		Reply document = this.api.call("GET", "/v3/api-docs", null, null);

		assertThat(document.status()).isEqualTo(200);
		assertThat(document.json().get("paths").propertyNames()).contains("/api/v1/exchanges", "/api/v1/exchanges/{id}",
				"/api/v1/promises", "/api/v1/promises/{id}");
	}

	private static Map<String, Object> exchange(UUID personId, String direction, String kind, String description) {
		return Map.of("personId", personId, "direction", direction, "kind", kind, "description", description);
	}

	private static Map<String, Object> exchange(UUID personId, String direction, String kind, String description,
			String on) {
		Map<String, Object> exchange = new LinkedHashMap<>(exchange(personId, direction, kind, description));
		exchange.put("on", on);
		return exchange;
	}

	private static Map<String, Object> promise(UUID personId, String owner, String text, String due) {
		Map<String, Object> promise = new LinkedHashMap<>();
		promise.put("personId", personId);
		promise.put("owner", owner);
		promise.put("text", text);
		if (due != null) {
			promise.put("due", due);
		}
		return promise;
	}

	private static List<String> texts(Reply reply) {
		return reply.json().get("items").valueStream().map((item) -> item.get("text").asString()).toList();
	}

	private long rows(String table) {
		return this.jdbc.sql("select count(*) from " + table + " where owner_id = :owner")
			.param("owner", this.ana.id())
			.query(Long.class)
			.single();
	}

	private Reply get(String path) {
		return call(this.ana, "GET", path, null);
	}

	private Reply post(String path, Object body) {
		return call(this.ana, "POST", path, body);
	}

	private Reply patch(String path, Object body) {
		return call(this.ana, "PATCH", path, body);
	}

	private Reply delete(String path) {
		return call(this.ana, "DELETE", path, null);
	}

	private Reply call(Member member, String method, String path, Object body) {
		return this.api.call(method, path, member.token(), body);
	}

}

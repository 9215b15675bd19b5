package org.tend.people;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tend.support.JsonApi;
import org.tend.support.JsonApi.Caller;
import org.tend.support.JsonApi.Reply;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** The people routes of the JSON API, end to end, as an integration would call them. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PeopleApiTests {

	@LocalServerPort
	int port;

	JsonApi api;

	Caller zoe;

	@BeforeEach
	void signUp() {
		this.api = new JsonApi(this.port);
		this.zoe = this.api.newMember("Zoë");
	}

	@Test
	void createsAPersonAndShowsEveryField() {
		Reply created = this.zoe.post("/api/v1/people", Map.ofEntries(Map.entry("name", "  Zoë Ñúñez 🌱 "),
				Map.entry("company", "Tierra Data"), Map.entry("role", "Founder"), Map.entry("city", "Valparaíso"),
				Map.entry("emails", List.of("zoe@tierra.example", "zoe@tierra.example")),
				Map.entry("phones", List.of("+56 9 1234 5678")),
				Map.entry("links", List.of("https://www.linkedin.com/in/zoe-nunez")),
				Map.entry("tags", List.of("Climate Data", "climate data", " Hiring ")), Map.entry("circle", "close"),
				Map.entry("howWeMet", "Open data meetup in Santiago"), Map.entry("metOn", "2026-01-10")));

		assertThat(created.status()).isEqualTo(201);
		JsonNode person = created.json();
		assertThat(created.location()).isEqualTo("/api/v1/people/" + person.get("id").asString());
		assertThat(person.get("name").asString()).isEqualTo("Zoë Ñúñez 🌱");
		assertThat(person.get("emails").valueStream().map(JsonNode::asString)).containsExactly("zoe@tierra.example");
		assertThat(person.get("tags").valueStream().map(JsonNode::asString)).containsExactly("climate data", "hiring");
		assertThat(person.get("circle").asString()).isEqualTo("close");
		assertThat(person.get("cadenceDays").isNull()).isTrue();
		assertThat(person.get("effectiveCadenceDays").asInt()).isEqualTo(30);
		// a first-met day is not a meeting: nobody is due before a first meeting
		assertThat(person.get("dueOn").isNull()).isTrue();
		assertThat(this.zoe.get(created.location()).json()).isEqualTo(person);
	}

	@Test
	void patchChangesOnlyTheFieldsSentAndMovesTheDueDateWithTheCadence() {
		String location = this.zoe
			.post("/api/v1/people", Map.of("name", "Ana Lima", "company", "Acme", "city", "Lisboa", "circle", "close",
					"metOn", "2026-01-10", "tags", List.of("design")))
			.location();
		this.zoe.create("/api/v1/meetings",
				Map.of("personIds", List.of(location.substring(location.lastIndexOf('/') + 1)), "kind", "coffee",
						"startsAt", "2026-01-10T10:00:00Z", "status", "happened"));

		Reply patched = this.zoe.patch(location, Map.of("role", "CTO", "cadenceDays", 10));
		assertThat(patched.status()).isEqualTo(200);
		assertThat(patched.json().get("role").asString()).isEqualTo("CTO");
		assertThat(patched.json().get("company").asString()).isEqualTo("Acme");
		assertThat(patched.json().get("tags").get(0).asString()).isEqualTo("design");
		assertThat(patched.json().get("dueOn").asString()).isEqualTo("2026-01-20");

		Map<String, Object> clearCity = new HashMap<>();
		clearCity.put("city", null);
		JsonNode cleared = this.zoe.patch(location, clearCity).json();
		assertThat(cleared.get("city").isNull()).isTrue();
		assertThat(cleared.get("role").asString()).isEqualTo("CTO");
	}

	@Test
	void listsFiltersSortsAndPagesPeople() {
		this.zoe.post("/api/v1/people", Map.of("name", "José Álvarez", "circle", "inner", "tags", List.of("climate")));
		this.zoe.post("/api/v1/people", Map.of("name", "Bea Ortiz", "company", "Climate Works", "circle", "wider"));
		this.zoe.post("/api/v1/people", Map.of("name", "李小龍", "city", "Hong Kong", "tags", List.of("film")));

		JsonNode all = this.zoe.get("/api/v1/people?sort=name").json();
		assertThat(all.get("total").asInt()).isEqualTo(3);
		assertThat(all.get("size").asInt()).isEqualTo(20);
		assertThat(names(all)).startsWith("Bea Ortiz", "José Álvarez");
		assertThat(names(this.zoe.get("/api/v1/people?q=jose").json())).containsExactly("José Álvarez");
		assertThat(names(this.zoe.get("/api/v1/people?q=climate").json())).containsExactly("Bea Ortiz", "José Álvarez");
		assertThat(names(this.zoe.get("/api/v1/people?circle=inner").json())).containsExactly("José Álvarez");
		assertThat(names(this.zoe.get("/api/v1/people?tag=film").json())).containsExactly("李小龍");

		JsonNode second = this.zoe.get("/api/v1/people?sort=name&page=1&size=2").json();
		assertThat(second.get("page").asInt()).isEqualTo(1);
		assertThat(second.get("items").size()).isEqualTo(1);
		assertThat(second.get("total").asInt()).isEqualTo(3);
	}

	@Test
	void rejectsUnknownListParameters() {
		assertThat(this.zoe.get("/api/v1/people?circle=galaxy").badFields()).containsExactly("circle");
		assertThat(this.zoe.get("/api/v1/people?sort=age").badFields()).containsExactly("sort");
		assertThat(this.zoe.get("/api/v1/people?size=201").status()).isEqualTo(400);
	}

	@Test
	void deletesAPersonWithTheirNotes() {
		String location = this.zoe.post("/api/v1/people", Map.of("name", "Sam Park")).location();
		this.zoe.post(location + "/notes", Map.of("kind", "project", "text", "Building a seed bank"));

		assertThat(this.zoe.delete(location).status()).isEqualTo(204);
		assertThat(this.zoe.get(location).status()).isEqualTo(404);
		assertThat(this.zoe.get("/api/v1/search?q=seed").json().get("items").isEmpty()).isTrue();
		assertThat(this.zoe.get("/api/v1/people").json().get("total").asInt()).isZero();
	}

	@Test
	void addsAndListsListeningNotes() {
		String location = this.zoe.post("/api/v1/people", Map.of("name", "Ana Lima")).location();

		Reply dated = this.zoe.post(location + "/notes",
				Map.of("kind", "challenge", "text", "Hiring a first data engineer", "notedOn", "2026-03-01"));
		Reply today = this.zoe.post(location + "/notes", Map.of("kind", "aspiration", "text", "Run a lab"));

		assertThat(dated.status()).isEqualTo(201);
		assertThat(dated.json().get("kind").asString()).isEqualTo("challenge");
		assertThat(today.json().get("notedOn").asString()).isEqualTo(LocalDate.now(ZoneOffset.UTC).toString());
		JsonNode notes = this.zoe.get(location + "/notes").json();
		assertThat(notes.get("total").asInt()).isEqualTo(2);
		assertThat(notes.get("items").valueStream().map((note) -> note.get("text").asString()))
			.containsExactly("Run a lab", "Hiring a first data engineer");
	}

	@Test
	void searchFindsAPersonByANoteWordWithoutItsAccents() {
		String location = this.zoe.post("/api/v1/people", Map.of("name", "Ana Lima", "company", "Acme")).location();
		this.zoe.post("/api/v1/people", Map.of("name", "Bea Ortiz"));
		this.zoe.post(location + "/notes", Map.of("kind", "project", "text", "Mentoring José on café supply chains"));

		JsonNode found = this.zoe.get("/api/v1/search?q=jose%20cafe").json();

		assertThat(found.get("query").asString()).isEqualTo("jose cafe");
		assertThat(found.get("items").size()).isEqualTo(1);
		JsonNode ana = found.get("items").get(0);
		assertThat(ana.get("name").asString()).isEqualTo("Ana Lima");
		assertThat(ana.get("company").asString()).isEqualTo("Acme");
		assertThat(ana.get("score").asInt()).isEqualTo(2);
		assertThat(ana.get("matches").get(0).get("source").asString()).isEqualTo("note");
		assertThat(ana.get("matches").get(0).get("snippet").asString()).contains("José");
	}

	@Test
	void answersAnotherMembersPerson404OnEveryRoute() {
		String location = this.zoe.post("/api/v1/people", Map.of("name", "Ana Lima")).location();
		String noteId = this.zoe.post(location + "/notes", Map.of("kind", "other", "text", "Likes chess"))
			.json()
			.get("id")
			.asString();
		Caller sam = this.api.newMember("Sam");

		assertThat(sam.get(location).status()).isEqualTo(404);
		assertThat(sam.patch(location, Map.of("name", "Taken")).status()).isEqualTo(404);
		assertThat(sam.delete(location).status()).isEqualTo(404);
		assertThat(sam.get(location + "/notes").status()).isEqualTo(404);
		assertThat(sam.post(location + "/notes", Map.of("kind", "other", "text", "x")).status()).isEqualTo(404);
		assertThat(sam.delete(location + "/notes/" + noteId).status()).isEqualTo(404);
		assertThat(sam.get("/api/v1/people").json().get("total").asInt()).isZero();
		assertThat(sam.get("/api/v1/search?q=chess").json().get("items").isEmpty()).isTrue();
		assertThat(this.zoe.get(location).json().get("name").asString()).isEqualTo("Ana Lima");
		assertThat(this.zoe.get(location + "/notes").json().get("total").asInt()).isEqualTo(1);
	}

	@Test
	void answers401WithoutAToken() {
		Caller nobody = this.api.withAuthorization(null);

		assertThat(nobody.get("/api/v1/people").status()).isEqualTo(401);
		assertThat(nobody.post("/api/v1/people", Map.of("name", "Ana")).status()).isEqualTo(401);
		assertThat(nobody.get("/api/v1/search?q=ana").status()).isEqualTo(401);
	}

	@Test
	void rejectsBadInputNamingTheFieldsAndSavesNothing() {
		Reply blankName = this.zoe.post("/api/v1/people", Map.of("name", "   "));
		assertThat(blankName.status()).isEqualTo(400);
		assertThat(blankName.json().get("errors").get(0).get("message").asString()).isEqualTo("Enter a name.");
		assertThat(blankName.badFields()).containsExactly("name");
		assertThat(this.zoe.post("/api/v1/people", Map.of("name", "Ana", "circle", "galaxy")).badFields())
			.containsExactly("circle");
		assertThat(this.zoe.post("/api/v1/people", Map.of("name", "Ana", "howWeMet", "x".repeat(2001))).badFields())
			.containsExactly("howWeMet");
		Reply badEmail = this.zoe.post("/api/v1/people",
				Map.of("name", "Ana", "emails", List.of("ana@example.org", "not an email"), "cadenceDays", 0));
		assertThat(badEmail.status()).isEqualTo(400);
		assertThat(badEmail.badFields()).containsExactly("cadenceDays", "emails[1]");
		assertThat(badEmail.json().get("errors").get(0).get("message").asString())
			.isEqualTo("Choose between 1 and 3650 days.");
		assertThat(this.zoe.post("/api/v1/people", Map.of("name", "Ana", "links", List.of("javascript:alert(1)")))
			.badFields()).containsExactly("links[0]");
		assertThat(this.zoe.get("/api/v1/people").json().get("total").asInt()).isZero();

		String location = this.zoe.post("/api/v1/people", Map.of("name", "Ana")).location();
		Map<String, Object> noName = new HashMap<>();
		noName.put("name", null);
		assertThat(this.zoe.patch(location, noName).badFields()).containsExactly("name");
		assertThat(this.zoe.patch(location, Map.of("metOn", "yesterday")).badFields()).containsExactly("metOn");
		assertThat(this.zoe.post(location + "/notes", Map.of("kind", "gossip", "text", "x")).badFields())
			.containsExactly("kind");
		assertThat(this.zoe.post(location + "/notes", Map.of("kind", "other", "text", "x".repeat(4001))).badFields())
			.containsExactly("text");
		assertThat(this.zoe.get(location).json().get("name").asString()).isEqualTo("Ana");
		assertThat(this.zoe.get(location + "/notes").json().get("total").asInt()).isZero();
	}

	@Test
	void describesThePeopleRoutesInTheOpenApiDocument() {
		JsonNode paths = this.api.call("GET", "/v3/api-docs", null, null).json().get("paths");

		assertThat(paths.propertyNames()).contains("/api/v1/people", "/api/v1/people/{id}", "/api/v1/people/{id}/notes",
				"/api/v1/search");
		assertThat(paths.get("/api/v1/people/{id}").has("patch")).isTrue();
	}

	private static List<String> names(JsonNode page) {
		return page.get("items").valueStream().map((person) -> person.get("name").asString()).toList();
	}

}

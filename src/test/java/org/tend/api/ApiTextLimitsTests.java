package org.tend.api;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tend.support.JsonApi;
import org.tend.support.JsonApi.Reply;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The text limits documented in {@code docs/api.md}, from the accepting side: a text
 * exactly at its limit is saved and read back whole (one more character is refused, see
 * {@link ApiBadInputTests}). Accented letters count as one character each, so the limits
 * are characters, not bytes.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiTextLimitsTests {

	@LocalServerPort
	int port;

	private Journal zoe;

	@BeforeAll
	void journal() {
		this.zoe = Journal.write(new JsonApi(this.port).newMember("Zoë Ñúñez 🌱"), "Ana Lúcia Ferreira", "ceramics");
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("limits")
	void acceptsATextExactlyAtItsLimit(Limit limit) {
		String text = "ë".repeat(limit.max());
		Map<String, Object> body = new HashMap<>(limit.valid());
		body.putAll(nested(limit.field(), text));

		Reply created = this.zoe.api().post(fill(limit.path()), fill(body));

		assertThat(created.status()).as(limit + " answered " + created).isEqualTo(201);
		assertThat(at(created.json(), limit.field()).asString()).isEqualTo(text);
	}

	@Test
	void aMeetingWithEveryTextAtItsLimitIsSavedAndFoundBySearch() {
		String full = "ë".repeat(3990) + " kintsugi";
		Map<String, Object> reflection = Map.of("learned", full, "shared", full, "adviceOffered", full, "helpAsked",
				full, "nextStep", full);
		Reply created = this.zoe.api()
			.post("/api/v1/meetings", fill(Map.of("personIds", List.of("{person}"), "kind", "dinner", "startsAt",
					"2026-02-14T20:00:00+01:00", "place", "ë".repeat(200), "prep", full, "reflection", reflection)));

		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		assertThat(created.json().get("reflection").get("nextStep").asString()).isEqualTo(full);
		JsonNode found = this.zoe.api().get("/api/v1/search?q=kintsugi").json().get("items");
		assertThat(found.size()).isEqualTo(1);
	}

	static Stream<Limit> limits() {
		Map<String, Object> person = Map.of("name", "Ana Lúcia Ferreira");
		Map<String, Object> note = Map.of("kind", "aspiration");
		Map<String, Object> meeting = Map.of("personIds", List.of("{person}"), "kind", "coffee", "startsAt",
				"2026-03-02T09:00:00+01:00");
		Map<String, Object> exchange = Map.of("personId", "{person}", "direction", "received", "kind", "feedback");
		Map<String, Object> promise = Map.of("personId", "{person}", "owner", "them");
		return Stream.of(new Limit("/api/v1/people", Map.of(), "name", 200),
				new Limit("/api/v1/people", person, "company", 200), new Limit("/api/v1/people", person, "role", 200),
				new Limit("/api/v1/people", person, "city", 100), new Limit("/api/v1/people", person, "howWeMet", 2000),
				new Limit("/api/v1/people/{person}/notes", note, "text", 4000),
				new Limit("/api/v1/meetings", meeting, "place", 200),
				new Limit("/api/v1/meetings", meeting, "prep", 4000),
				new Limit("/api/v1/meetings", meeting, "reflection.learned", 4000),
				new Limit("/api/v1/meetings", meeting, "reflection.shared", 4000),
				new Limit("/api/v1/meetings", meeting, "reflection.adviceOffered", 4000),
				new Limit("/api/v1/meetings", meeting, "reflection.helpAsked", 4000),
				new Limit("/api/v1/meetings", meeting, "reflection.nextStep", 4000),
				new Limit("/api/v1/exchanges", exchange, "description", 2000),
				new Limit("/api/v1/promises", promise, "text", 1000));
	}

	private String fill(String path) {
		return path.replace("{person}", this.zoe.person());
	}

	private Object fill(Object body) {
		return fill(JsonApi.json(body));
	}

	/** {@code reflection.learned} as a nested object. */
	private static Map<String, Object> nested(String field, Object value) {
		int dot = field.indexOf('.');
		return (dot < 0) ? Map.of(field, value)
				: Map.of(field.substring(0, dot), nested(field.substring(dot + 1), value));
	}

	private static JsonNode at(JsonNode json, String field) {
		JsonNode node = json;
		for (String part : field.split("\\.")) {
			node = node.get(part);
		}
		return node;
	}

	/**
	 * A text field, the route that writes it with the other fields it needs, its limit.
	 */
	record Limit(String path, Map<String, Object> valid, String field, int max) {

		@Override
		public String toString() {
			return this.path + " " + this.field + " at " + this.max;
		}

	}

}

package org.tend.api;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.tend.api.ApiClient.Reply;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Walks every {@code /api/v1} route as another member holding Ana's ids, and as a caller
 * with no token or a forged one. The route table below is checked against the routes the
 * application serves, so a new route without its authorization test fails the build.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiAuthorizationTests {

	private static final String PASSWORD = "a long enough password";

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	private String anasEmail;

	private Journal ana;

	private Journal bo;

	@BeforeAll
	void journals() {
		this.anasEmail = "ana." + UUID.randomUUID() + "@example.org";
		this.ana = Journal.write(ApiClient.newMember(this.port, "Ana", this.anasEmail), "Zoë Ñúñez 🌱", "quokka");
		this.bo = Journal.write(ApiClient.newMember(this.port, "Bo"), "李小龍", "wombat");
	}

	@Test
	void theRouteTableNamesEveryRouteTheApplicationServes() {
		Set<String> served = ApiRoutes.served(this.context);
		Set<String> tabled = new TreeSet<>(routes().stream().map(Route::key).toList());

		Set<String> missing = new TreeSet<>(served);
		missing.removeAll(tabled);
		Set<String> stale = new TreeSet<>(tabled);
		stale.removeAll(served);
		assertThat(missing).as("routes served but missing from the authorization table").isEmpty();
		assertThat(stale).as("routes in the table that the application no longer serves").isEmpty();
		assertThat(routes()).allSatisfy((route) -> assertThat(route.probes()).as(route.key()).isNotEmpty());
		assertThat(routes().stream().filter(Route::isPublic).map(Route::key)).containsExactly("POST /api/v1/accounts");
	}

	@TestFactory
	Stream<DynamicTest> anotherMembersIdsRevealNothingAndChangeNothing() {
		return routes().stream()
			.flatMap((route) -> route.probes()
				.stream()
				.map((probe) -> DynamicTest.dynamicTest(route.key() + " " + probe.what(),
						() -> strangerCalls(route, probe))));
	}

	@TestFactory
	Stream<DynamicContainer> withoutAValidTokenEveryRouteAnswers401() {
		String basic = Base64.getEncoder()
			.encodeToString((this.anasEmail + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
		Map<String, ApiClient> callers = new LinkedHashMap<>();
		callers.put("no token", ApiClient.anonymous(this.port));
		callers.put("a forged token",
				ApiClient.anonymous(this.port).withAuthorization("Bearer tend_forged0123456789abcdef"));
		callers.put("an empty bearer", ApiClient.anonymous(this.port).withAuthorization("Bearer "));
		callers.put("Ana's password as basic auth", ApiClient.anonymous(this.port).withAuthorization("Basic " + basic));
		return callers.entrySet()
			.stream()
			.map((caller) -> DynamicContainer.dynamicContainer("with " + caller.getKey(),
					routes().stream()
						.map((route) -> DynamicTest.dynamicTest(route.key(),
								() -> unauthenticatedCalls(caller.getValue(), route)))));
	}

	private void strangerCalls(Route route, Probe probe) {
		Map<String, String> anasBefore = this.ana.snapshot();
		Map<String, String> bosBefore = this.bo.snapshot();

		Reply reply = this.bo.api().call(route.method(), probe.path(), probe.body());

		switch (probe.outcome()) {
			case NOT_FOUND -> {
				assertThat(reply.status()).as(reply.toString()).isEqualTo(404);
				assertThat(reply.isProblem()).as(reply.toString()).isTrue();
				assertThat(reply.json().get("status").asInt()).isEqualTo(404);
			}
			case BAD_INPUT -> {
				assertThat(reply.status()).as(reply.toString()).isIn(400, 404);
				assertThat(reply.isProblem()).as(reply.toString()).isTrue();
				if (reply.status() == 400) {
					assertThat(reply.errorFields()).as(reply.toString()).contains(probe.field());
				}
			}
			case HIDDEN -> {
				assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
				noTraceOfAna(reply);
				// one page holds all of Bo's rows: a larger total would count Ana's
				assertThat(reply.json().get("total").asLong()).as(reply.toString())
					.isEqualTo(reply.json().get("items").size());
			}
			case EMPTY -> {
				assertThat(reply.status()).as(reply.toString()).isIn(200, 404);
				if (reply.status() == 200) {
					// not even a count of Ana's rows
					assertThat(reply.json().get("items").isEmpty()).as(reply.toString()).isTrue();
					assertThat(reply.json().path("total").asLong(0)).as(reply.toString()).isZero();
				}
				else {
					assertThat(reply.isProblem()).as(reply.toString()).isTrue();
				}
			}
			case OWN_ONLY -> {
				assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
				noTraceOfAna(reply);
			}
			case CREATES_OWN -> {
				assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
				noTraceOfAna(reply);
				assertThat(this.bo.api().delete(reply.location()).status()).isEqualTo(204);
			}
			case REFUSED -> {
				assertThat(reply.status()).as(reply.toString()).isEqualTo(409);
				assertThat(reply.isProblem()).as(reply.toString()).isTrue();
			}
		}
		assertThat(this.ana.snapshot()).as("Ana's journal after " + route.key()).isEqualTo(anasBefore);
		assertThat(this.bo.snapshot()).as("Bo's journal after " + route.key()).isEqualTo(bosBefore);
	}

	private void unauthenticatedCalls(ApiClient caller, Route route) {
		// a read cannot change anything: only writes are checked against a snapshot
		Map<String, String> anasBefore = "GET".equals(route.method()) ? Map.of() : this.ana.snapshot();

		Reply reply = caller.call(route.method(), route.samplePath(), route.sampleBody());

		if (route.isPublic()) {
			// sign-up is open to anybody: an empty body is answered as bad input, not 401
			assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
		}
		else {
			assertThat(reply.status()).as(reply.toString()).isEqualTo(401);
			assertThat(reply.isProblem()).as(reply.toString()).isTrue();
		}
		if (!anasBefore.isEmpty()) {
			assertThat(this.ana.snapshot()).as("Ana's journal after " + route.key()).isEqualTo(anasBefore);
		}
	}

	/** Neither Ana's ids nor her words in what Bo was shown (a list's items, or all). */
	private void noTraceOfAna(Reply reply) {
		if (reply.status() != 200 && reply.status() != 201) {
			return;
		}
		String shown = (reply.json().has("items") ? reply.json().get("items").toString() : reply.body())
			.toLowerCase(Locale.ROOT);
		List<String> traces = new ArrayList<>(this.ana.ids());
		traces.add(this.ana.marker());
		traces.add(this.anasEmail.toLowerCase(Locale.ROOT));
		assertThat(traces).allSatisfy((trace) -> assertThat(shown).doesNotContain(trace));
	}

	/**
	 * Every route, with how a caller without a valid token calls it (Ana's ids, a body
	 * that would be accepted) and what Bo tries with Ana's ids.
	 */
	private List<Route> routes() {
		Journal a = this.ana;
		Journal b = this.bo;
		String people = "/api/v1/people/";
		String meetings = "/api/v1/meetings/";
		String exchanges = "/api/v1/exchanges/";
		String promises = "/api/v1/promises/";
		Map<String, Object> person = Map.of("name", "Intruder");
		Map<String, Object> note = Map.of("kind", "other", "text", "Intruder");
		Map<String, Object> meeting = Map.of("personIds", List.of(a.person()), "kind", "coffee", "startsAt",
				"2027-01-04T10:00:00Z");
		Map<String, Object> exchange = Map.of("personId", a.person(), "direction", "given", "kind", "advice",
				"description", "Intruder");
		Map<String, Object> promise = Map.of("personId", a.person(), "owner", "me", "text", "Intruder");
		return List.of(
				publicRoute("POST", "/api/v1/accounts", Map.of(),
						new Probe("with Ana's email", "/api/v1/accounts",
								Map.of("email", this.anasEmail.toUpperCase(Locale.ROOT), "password", PASSWORD,
										"displayName", "Not Ana"),
								Outcome.REFUSED, null)),
				route("GET", "/api/v1/me", "/api/v1/me", null,
						new Probe("shows Bo only", "/api/v1/me", null, Outcome.OWN_ONLY, null)),
				route("GET", "/api/v1/people", "/api/v1/people", null,
						new Probe("?q=Ana's word", "/api/v1/people?q=" + a.marker(), null, Outcome.EMPTY, null),
						new Probe("?tag=Ana's tag", "/api/v1/people?tag=" + a.marker(), null, Outcome.EMPTY, null),
						new Probe("unfiltered", "/api/v1/people?size=200", null, Outcome.HIDDEN, null)),
				route("POST", "/api/v1/people", "/api/v1/people", person,
						new Probe("with Ana's person id in the body", "/api/v1/people",
								Map.of("id", a.person(), "name", "Zoë Ñúñez 🌱"), Outcome.CREATES_OWN, null)),
				route("GET", "/api/v1/people/{id}", people + a.person(), null, notFound(people + a.person())),
				route("PATCH", "/api/v1/people/{id}", people + a.person(), person,
						notFound(people + a.person(), person)),
				route("DELETE", "/api/v1/people/{id}", people + a.person(), null, notFound(people + a.person())),
				route("GET", "/api/v1/people/{id}/notes", people + a.person() + "/notes", null,
						notFound(people + a.person() + "/notes")),
				route("POST", "/api/v1/people/{id}/notes", people + a.person() + "/notes", note,
						notFound(people + a.person() + "/notes", note)),
				route("DELETE", "/api/v1/people/{id}/notes/{noteId}", people + a.person() + "/notes/" + a.note(), null,
						notFound(people + a.person() + "/notes/" + a.note()),
						new Probe("Bo's person, Ana's note", people + b.person() + "/notes/" + a.note(), null,
								Outcome.NOT_FOUND, null),
						new Probe("Ana's person, Bo's note", people + a.person() + "/notes/" + b.note(), null,
								Outcome.NOT_FOUND, null)),
				route("GET", "/api/v1/meetings", "/api/v1/meetings", null,
						new Probe("?personId=Ana's person", "/api/v1/meetings?personId=" + a.person(), null,
								Outcome.EMPTY, null),
						new Probe("unfiltered", "/api/v1/meetings?size=200", null, Outcome.HIDDEN, null)),
				route("POST", "/api/v1/meetings", "/api/v1/meetings", meeting,
						new Probe("with Ana's person", "/api/v1/meetings", meeting, Outcome.BAD_INPUT, "personIds"),
						new Probe("with Bo's and Ana's person", "/api/v1/meetings",
								Map.of("personIds", List.of(b.person(), a.person()), "kind", "walk", "startsAt",
										"2027-01-04T10:00:00Z"),
								Outcome.BAD_INPUT, "personIds"),
						new Probe("with Ana's meeting id in the body", "/api/v1/meetings",
								Map.of("id", a.meeting(), "personIds", List.of(b.person()), "kind", "call", "startsAt",
										"2027-01-04T10:00:00Z"),
								Outcome.CREATES_OWN, null)),
				route("GET", "/api/v1/meetings/{id}", meetings + a.meeting(), null, notFound(meetings + a.meeting())),
				route("PATCH", "/api/v1/meetings/{id}", meetings + a.meeting(), Map.of("place", "Intruder"),
						notFound(meetings + a.meeting(), Map.of("status", "cancelled", "place", "Intruder")),
						new Probe("Bo's meeting moved to Ana's person", meetings + b.meeting(),
								Map.of("personIds", List.of(a.person())), Outcome.BAD_INPUT, "personIds")),
				route("DELETE", "/api/v1/meetings/{id}", meetings + a.meeting(), null,
						notFound(meetings + a.meeting())),
				route("GET", "/api/v1/exchanges", "/api/v1/exchanges", null,
						new Probe("?personId=Ana's person", "/api/v1/exchanges?personId=" + a.person(), null,
								Outcome.EMPTY, null),
						new Probe("unfiltered", "/api/v1/exchanges?size=200", null, Outcome.HIDDEN, null)),
				route("POST", "/api/v1/exchanges", "/api/v1/exchanges", exchange,
						new Probe("with Ana's person", "/api/v1/exchanges", exchange, Outcome.BAD_INPUT, "personId"),
						new Probe("with Ana's meeting", "/api/v1/exchanges",
								Map.of("personId", b.person(), "direction", "received", "kind", "advice", "description",
										"Intruder", "meetingId", a.meeting()),
								Outcome.BAD_INPUT, "meetingId"),
						new Probe("with Ana's exchange id in the body", "/api/v1/exchanges",
								Map.of("id", a.exchange(), "personId", b.person(), "direction", "received", "kind",
										"advice", "description", "Pricing advice"),
								Outcome.CREATES_OWN, null)),
				route("GET", "/api/v1/exchanges/{id}", exchanges + a.exchange(), null,
						notFound(exchanges + a.exchange())),
				route("DELETE", "/api/v1/exchanges/{id}", exchanges + a.exchange(), null,
						notFound(exchanges + a.exchange())),
				route("GET", "/api/v1/promises", "/api/v1/promises", null,
						new Probe("?personId=Ana's person", "/api/v1/promises?personId=" + a.person(), null,
								Outcome.EMPTY, null),
						new Probe("unfiltered", "/api/v1/promises?size=200", null, Outcome.HIDDEN, null)),
				route("POST", "/api/v1/promises", "/api/v1/promises", promise,
						new Probe("with Ana's person", "/api/v1/promises", promise, Outcome.BAD_INPUT, "personId"),
						new Probe("with Ana's meeting", "/api/v1/promises",
								Map.of("personId", b.person(), "owner", "them", "text", "Intruder", "meetingId",
										a.meeting()),
								Outcome.BAD_INPUT, "meetingId"),
						new Probe("with Ana's promise id in the body", "/api/v1/promises",
								Map.of("id", a.promise(), "personId", b.person(), "owner", "them", "text",
										"Send the slides"),
								Outcome.CREATES_OWN, null)),
				route("GET", "/api/v1/promises/{id}", promises + a.promise(), null, notFound(promises + a.promise())),
				route("PATCH", "/api/v1/promises/{id}", promises + a.promise(), Map.of("status", "dropped"),
						notFound(promises + a.promise(), Map.of("status", "dropped")),
						new Probe("Bo's promise moved to Ana's person", promises + b.promise(),
								Map.of("personId", a.person()), Outcome.BAD_INPUT, "personId")),
				route("DELETE", "/api/v1/promises/{id}", promises + a.promise(), null,
						notFound(promises + a.promise())),
				route("GET", "/api/v1/search", "/api/v1/search?q=" + a.marker(), null,
						new Probe("?q=Ana's word", "/api/v1/search?q=" + a.marker(), null, Outcome.EMPTY, null),
						new Probe("?q=Ana's person's name", "/api/v1/search?q=Zo%C3%AB", null, Outcome.EMPTY, null)));
	}

	private static Route route(String method, String pattern, String samplePath, Object sampleBody, Probe... probes) {
		return new Route(method, pattern, samplePath, sampleBody, false, List.of(probes));
	}

	private static Route publicRoute(String method, String pattern, Object sampleBody, Probe... probes) {
		return new Route(method, pattern, pattern, sampleBody, true, List.of(probes));
	}

	private static Probe notFound(String path) {
		return notFound(path, null);
	}

	private static Probe notFound(String path, Object body) {
		return new Probe("with Ana's ids", path, body, Outcome.NOT_FOUND, null);
	}

	/**
	 * A route as the handler mapping names it, how to call it without a valid token, and
	 * what another member tries on it.
	 */
	record Route(String method, String pattern, String samplePath, Object sampleBody, boolean isPublic,
			List<Probe> probes) {

		String key() {
			return this.method + " " + this.pattern;
		}

	}

	/** One call Bo makes with Ana's ids, and what it must come to. */
	record Probe(String what, String path, Object body, Outcome outcome, String field) {
	}

	enum Outcome {

		/** 404 problem: an id in the path is another member's. */
		NOT_FOUND,
		/**
		 * 400 naming the field (or 404): the body names another member's person or
		 * meeting.
		 */
		BAD_INPUT,
		/** An unfiltered list: Bo's own rows, none of Ana's. */
		HIDDEN,
		/**
		 * A list or search filtered by Ana's ids or words: nothing, not even a total (or
		 * 404).
		 */
		EMPTY,
		/** Bo's own data, none of Ana's. */
		OWN_ONLY,
		/** Bo's own new row, whatever id the body claims; deleted again afterwards. */
		CREATES_OWN,
		/** 409 problem: the account exists. */
		REFUSED

	}

}

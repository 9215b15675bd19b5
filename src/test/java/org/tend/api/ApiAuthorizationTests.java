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
import org.tend.api.AuthorizationTable.Outcome;
import org.tend.api.AuthorizationTable.Probe;
import org.tend.api.AuthorizationTable.Route;
import org.tend.support.JsonApi;
import org.tend.support.JsonApi.Caller;
import org.tend.support.JsonApi.Reply;

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

	private JsonApi api;

	private String anasEmail;

	private Journal ana;

	private Journal bo;

	private String anasImport;

	private String anasIntroduction;

	private CommunityRoutes.AnasCommunity anasCommunity;

	private String anasRequest;

	private GroupRoutes.AnasGroup anasGroup;

	@BeforeAll
	void journals() {
		this.api = new JsonApi(this.port);
		this.anasEmail = "ana." + UUID.randomUUID() + "@example.org";
		this.ana = Journal.write(this.api.as(this.api.signUp(this.anasEmail, PASSWORD, "Ana")), "Zoë Ñúñez 🌱",
				"quokka");
		this.bo = Journal.write(this.api.newMember("Bo"), "李小龍", "wombat");
		this.anasIntroduction = AuthorizationTable.introduction(this.ana.api());
		this.anasImport = this.ana.api()
			.post("/api/v1/imports", AuthorizationTable.connections("Kai", "Tanaka quokka"))
			.json()
			.get("id")
			.asString();
		this.ana.settled();
		this.bo.settled();
		Caller cy = this.api.newMember("Cy");
		this.anasCommunity = CommunityRoutes.AnasCommunity.create(this.ana.api(), cy,
				this.ana.api().get("/api/v1/me").json().get("id").asString());
		this.anasRequest = IntroductionRequestRoutes.anasRequest(cy, this.anasCommunity.id(),
				this.anasCommunity.anasId());
		this.anasGroup = GroupRoutes.AnasGroup.create(this.api, this.ana.api(), this.anasCommunity.id());
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
		Map<String, Caller> callers = new LinkedHashMap<>();
		callers.put("no token", this.api.withAuthorization(null));
		callers.put("a forged token", this.api.withAuthorization("Bearer tend_forged0123456789abcdef"));
		callers.put("an empty bearer", this.api.withAuthorization("Bearer "));
		callers.put("Ana's password as basic auth", this.api.withAuthorization("Basic " + basic));
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
		// the report names dynamic tests by number: every message says which call it was
		String call = route.method() + " " + probe.path() + " (" + probe.what() + ") answered " + reply;

		switch (probe.outcome()) {
			case NOT_FOUND -> {
				assertThat(reply.status()).as(call).isEqualTo(404);
				assertThat(reply.contentType()).as(call).startsWith("application/problem+json");
				assertThat(reply.json().get("status").asInt()).isEqualTo(404);
			}
			case BAD_INPUT -> {
				assertThat(reply.status()).as(call).isIn(400, 404);
				assertThat(reply.contentType()).as(call).startsWith("application/problem+json");
				if (reply.status() == 400) {
					assertThat(reply.badFields()).as(call).contains(probe.field());
				}
			}
			case HIDDEN -> {
				assertThat(reply.status()).as(call).isEqualTo(200);
				noTraceOfAna(reply, call);
				// one page holds all of Bo's rows: a larger total would count Ana's
				assertThat(reply.json().get("total").asLong()).as(call).isEqualTo(reply.json().get("items").size());
			}
			case EMPTY -> {
				assertThat(reply.status()).as(call).isIn(200, 404);
				if (reply.status() == 200) {
					// not even a count of Ana's rows
					assertThat(reply.json().get("items").isEmpty()).as(call).isTrue();
					assertThat(reply.json().path("total").asLong(0)).as(call).isZero();
				}
				else {
					assertThat(reply.contentType()).as(call).startsWith("application/problem+json");
				}
			}
			case OWN_ONLY -> {
				assertThat(reply.status()).as(call).isEqualTo(200);
				noTraceOfAna(reply, call);
			}
			case CREATES_OWN -> {
				assertThat(reply.status()).as(call).isEqualTo(201);
				noTraceOfAna(reply, call);
				assertThat(this.bo.api().delete(reply.location()).status()).isEqualTo(204);
			}
			case REFUSED -> {
				assertThat(reply.status()).as(call).isEqualTo(409);
				assertThat(reply.contentType()).as(call).startsWith("application/problem+json");
			}
			case FORBIDDEN -> {
				assertThat(reply.status()).as(call).isEqualTo(403);
				assertThat(reply.contentType()).as(call).startsWith("application/problem+json");
				assertThat(this.bo.api().get("/api/v1/me").status()).as("Bo's token after " + call).isEqualTo(200);
			}
		}
		assertThat(this.ana.snapshot()).as("Ana's journal after " + call).isEqualTo(anasBefore);
		assertThat(this.bo.snapshot()).as("Bo's journal after " + call).isEqualTo(bosBefore);
	}

	private void unauthenticatedCalls(Caller caller, Route route) {
		// a read cannot change anything: only writes are checked against a snapshot
		Map<String, String> anasBefore = "GET".equals(route.method()) ? Map.of() : this.ana.snapshot();

		Reply reply = caller.call(route.method(), route.samplePath(), route.sampleBody());
		String call = route.method() + " " + route.samplePath() + " answered " + reply;

		if (route.isPublic()) {
			// sign-up is open to anybody: an empty body is answered as bad input, not 401
			assertThat(reply.status()).as(call).isEqualTo(400);
		}
		else {
			assertThat(reply.status()).as(call).isEqualTo(401);
			assertThat(reply.contentType()).as(call).startsWith("application/problem+json");
		}
		if (!anasBefore.isEmpty()) {
			assertThat(this.ana.snapshot()).as("Ana's journal after " + call).isEqualTo(anasBefore);
		}
	}

	/** Neither Ana's ids nor her words in what Bo was shown (a list's items, or all). */
	private void noTraceOfAna(Reply reply, String call) {
		if (reply.status() != 200 && reply.status() != 201) {
			return;
		}
		String shown = (reply.json().has("items") ? reply.json().get("items").toString() : reply.body())
			.toLowerCase(Locale.ROOT);
		List<String> traces = new ArrayList<>(this.ana.ids());
		traces.add(this.ana.marker());
		traces.add(this.anasEmail.toLowerCase(Locale.ROOT));
		assertThat(traces).allSatisfy((trace) -> assertThat(shown).as(call).doesNotContain(trace));
	}

	private List<Route> routes() {
		List<Route> routes = new ArrayList<>(AuthorizationTable.routes(this.ana, this.bo, this.anasEmail, PASSWORD,
				this.anasImport, this.anasIntroduction));
		routes.addAll(CommunityRoutes.routes(this.anasCommunity));
		routes.addAll(IntroductionRequestRoutes.routes(this.anasCommunity, this.anasRequest, this.bo.person()));
		routes.addAll(GroupRoutes.routes(this.anasGroup));
		return routes;
	}

}

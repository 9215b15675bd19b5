package org.tend.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tend.accounts.HttpVisitor;
import org.tend.accounts.HttpVisitor.Page;
import org.tend.api.PageAuthorizationTable.Ids;
import org.tend.api.PageAuthorizationTable.Probe;
import org.tend.api.PageAuthorizationTable.Route;
import org.tend.support.JsonApi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Walks every page route (everything outside {@code /api/v1}, which
 * {@link ApiAuthorizationTests} walks) signed in as Bo with Ana's ids, and signed out.
 * The table is checked against the routes the application serves, so a new page without
 * its row fails the build, naming the route.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PageAuthorizationTests {

	private static final String PASSWORD = "a long enough password";

	private static final String ANAS_NAME = "Zoë Ñúñez 🌱";

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	private Journal ana;

	private String anasEmail;

	private Ids ids;

	private HttpVisitor bo;

	private String anasRequest;

	private GroupRoutes.AnasGroup anasGroup;

	@BeforeAll
	void journals() {
		JsonApi api = new JsonApi(this.port);
		this.anasEmail = JsonApi.uniqueEmail("ana");
		JsonApi.Member ana = api.signUp(this.anasEmail, PASSWORD, "Ana");
		this.ana = Journal.write(api.as(ana), ANAS_NAME, "quokka");
		String bosEmail = JsonApi.uniqueEmail("bo");
		Journal bo = Journal.write(api.as(api.signUp(bosEmail, PASSWORD, "Bo")), "李小龍", "wombat");
		String anasImport = this.ana.api()
			.post("/api/v1/imports", AuthorizationTable.connections("Kai", "Tanaka quokka"))
			.json()
			.get("id")
			.asString();
		String anasToken = this.jdbc.sql("select id from access_token where account_id = :id")
			.param("id", ana.id())
			.query(UUID.class)
			.list()
			.getFirst()
			.toString();
		JsonApi.Caller cy = api.as(api.signUp(JsonApi.uniqueEmail("cy"), PASSWORD, "Cy"));
		CommunityRoutes.AnasCommunity community = CommunityRoutes.AnasCommunity.create(this.ana.api(), cy,
				ana.id().toString());
		this.anasRequest = IntroductionRequestRoutes.anasRequest(cy, community.id(), community.anasId());
		this.anasGroup = GroupRoutes.AnasGroup.create(api, this.ana.api(), community.id());
		this.ids = new Ids(this.ana.settled(), bo, anasImport, anasToken, community);
		this.bo = new HttpVisitor(this.port);
		assertThat(this.bo.signIn(bosEmail, PASSWORD).location()).endsWith("/today");
	}

	@Test
	void theTableNamesEveryPageRouteTheApplicationServes() {
		Set<String> served = ApiRoutes.pages(this.context);
		Set<String> tabled = routes().stream().map(Route::key).collect(Collectors.toCollection(TreeSet::new));

		Set<String> missing = new TreeSet<>(served);
		missing.removeAll(tabled);
		Set<String> stale = new TreeSet<>(tabled);
		stale.removeAll(served);
		if (!missing.isEmpty()) {
			fail("These routes are served but have no row in PageAuthorizationTable.routes(): " + missing
					+ ". Add one per route: member(\"METHOD\", \"/pattern/{id}\", notFound(path with Ana's id))"
					+ " or open(...) for what needs no sign-in.");
		}
		assertThat(stale).as("rows in PageAuthorizationTable for routes the application no longer serves").isEmpty();
		assertThat(routes()).allSatisfy((route) -> assertThat(route.probes()).as(route.key()).isNotEmpty());
	}

	@TestFactory
	Stream<DynamicTest> signedInAsAnotherMemberAnasIdsAreNotFoundAndChangeNothing() {
		return routes().stream()
			.filter((route) -> !route.isOpen())
			.flatMap((route) -> route.probes()
				.stream()
				.map((probe) -> DynamicTest.dynamicTest(route.key() + " " + probe.what() + " " + probe.path(),
						() -> boCalls(route, probe))));
	}

	@TestFactory
	Stream<DynamicTest> signedOutEveryMembersRouteSendsToSignIn() {
		return routes().stream().map((route) -> DynamicTest.dynamicTest(route.key(), () -> signedOutCalls(route)));
	}

	private void boCalls(Route route, Probe probe) {
		Map<String, String> anasBefore = this.ana.snapshot();

		Page page = call(this.bo, route.callMethod(), probe);
		String call = route.callMethod() + " " + probe.path() + " (" + probe.what() + ") answered " + page.status();

		switch (probe.outcome()) {
			case NOT_FOUND -> assertThat(page.status()).as(call).isEqualTo(404);
			case HIDDEN_OR_NOT_FOUND -> assertThat(page.status()).as(call).isIn(200, 302, 303, 404);
			case OWN -> {
				assertThat(page.status()).as(call).isIn(200, 302, 303, 400);
				if (page.status() == 302 || page.status() == 303) {
					assertThat(page.location()).as(call).doesNotContain("/login");
				}
			}
			case OPEN -> throw new IllegalStateException("open routes are called signed out");
		}
		noTraceOfAna(page, call, probe.path());
		assertThat(this.ana.snapshot()).as("Ana's journal after " + call).isEqualTo(anasBefore);
	}

	private void signedOutCalls(Route route) {
		Probe probe = route.probes().getFirst();
		HttpVisitor visitor = new HttpVisitor(this.port);
		// a signed-out form post carries a CSRF token, or the CSRF check (not the
		// sign-in)
		// would be what refused it
		visitor.get("/login");

		Page page = call(visitor, route.callMethod(), probe);
		String call = route.callMethod() + " " + probe.path() + " signed out answered " + page.status();

		if (route.isOpen()) {
			// the error page called directly has no error to show: 500, and no stack
			// trace
			assertThat(page.body()).as(call).doesNotContain("Exception", "at org.");
			if (page.status() == 302) {
				assertThat(page.location()).as(call).doesNotEndWith("/login");
			}
		}
		else {
			assertThat(page.status()).as(call).isEqualTo(302);
			assertThat(page.location()).as(call).endsWith("/login");
		}
		noTraceOfAna(page, call, probe.path());
	}

	private static Page call(HttpVisitor browser, String method, Probe probe) {
		return switch (method) {
			case "GET" -> browser.get(probe.path());
			case "POST" -> browser.post(probe.path(), probe.form().toArray(String[]::new));
			default -> throw new IllegalArgumentException("pages answer GET and POST only: " + method);
		};
	}

	/**
	 * Neither Ana's words, name and address nor her ids in what was answered, but for
	 * what the call itself asked for (a search box shows the word searched).
	 */
	private void noTraceOfAna(Page page, String call, String asked) {
		String shown = page.body().toLowerCase(Locale.ROOT);
		List<String> traces = new ArrayList<>(List.of(this.ana.marker(), ANAS_NAME.toLowerCase(Locale.ROOT),
				this.anasEmail.toLowerCase(Locale.ROOT)));
		if (page.status() != 404) {
			// a 404 page may name the address asked for; any other page shows none of
			// them
			traces.addAll(this.ana.ids());
		}
		traces.removeIf((trace) -> asked.toLowerCase(Locale.ROOT).contains(trace));
		assertThat(traces).allSatisfy((trace) -> assertThat(shown).as(call).doesNotContain(trace));
	}

	private List<Route> routes() {
		List<Route> routes = new java.util.ArrayList<>(PageAuthorizationTable.routes(this.ids));
		routes.addAll(PageAuthorizationTable.introductionRequests(this.ids, this.anasRequest));
		routes.addAll(PageAuthorizationTable.groups(this.ids, this.anasGroup));
		return routes;
	}

}

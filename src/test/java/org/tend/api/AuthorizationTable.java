package org.tend.api;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.tend.support.JsonApi;
import org.tend.support.JsonApi.Caller;
import org.tend.support.JsonApi.Upload;

/**
 * The authorization test's table: every {@code /api/v1} route, how a caller without a
 * valid token calls it, and what Bo tries on it with Ana's ids.
 * {@link ApiAuthorizationTests} checks that it names every route the application serves.
 */
final class AuthorizationTable {

	private AuthorizationTable() {
	}

	/**
	 * Every route, with how a caller without a valid token calls it (Ana's ids, a body
	 * that would be accepted) and what Bo tries with Ana's ids.
	 */
	static List<Route> routes(Journal a, Journal b, String anasEmail, String password, String anasImport,
			String anasIntroduction) {
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
		Map<String, Object> introduction = introductionOf(a.person(), b.person());
		Map<String, Object> mailPreferences = Map.of("weeklyNudge", true, "nudgeDay", "monday", "nudgeHour", 8,
				"promiseReminders", true, "reminderDaysBefore", 1);
		return List.of(
				publicRoute("POST", "/api/v1/accounts", Map.of(),
						new Probe("with Ana's email", "/api/v1/accounts",
								Map.of("email", anasEmail.toUpperCase(Locale.ROOT), "password", password, "displayName",
										"Not Ana"),
								Outcome.REFUSED, null)),
				route("GET", "/api/v1/me", "/api/v1/me", null,
						new Probe("shows Bo only", "/api/v1/me", null, Outcome.OWN_ONLY, null)),
				route("DELETE", "/api/v1/me", "/api/v1/me", Map.of("password", password),
						new Probe("with Ana's password: Bo's own account, and not his password", "/api/v1/me",
								Map.of("password", password), Outcome.FORBIDDEN, null)),
				route("GET", "/api/v1/me/mail-preferences", "/api/v1/me/mail-preferences", null,
						new Probe("shows Bo's own only", "/api/v1/me/mail-preferences", null, Outcome.OWN_ONLY, null)),
				route("PUT", "/api/v1/me/mail-preferences", "/api/v1/me/mail-preferences", mailPreferences,
						new Probe("changes Bo's own only", "/api/v1/me/mail-preferences", mailPreferences,
								Outcome.OWN_ONLY, null)),
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
				route("GET", "/api/v1/people/{id}/depth", people + a.person() + "/depth", null,
						notFound(people + a.person() + "/depth")),
				route("GET", "/api/v1/insights", "/api/v1/insights", null,
						new Probe("shows Bo's journal only", "/api/v1/insights", null, Outcome.OWN_ONLY, null)),
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
				route("GET", "/api/v1/meetings/{id}/invite.ics", meetings + a.meeting() + "/invite.ics", null,
						notFound(meetings + a.meeting() + "/invite.ics")),
				route("GET", "/api/v1/challenge/current", "/api/v1/challenge/current", null,
						new Probe("shows Bo's week only", "/api/v1/challenge/current", null, Outcome.OWN_ONLY, null)),
				route("POST", "/api/v1/challenge/current/dismiss", "/api/v1/challenge/current/dismiss",
						Map.of("personId", a.person()),
						notFound("/api/v1/challenge/current/dismiss", Map.of("personId", a.person()))),
				route("GET", "/api/v1/search", "/api/v1/search?q=" + a.marker(), null,
						new Probe("?q=Ana's word", "/api/v1/search?q=" + a.marker(), null, Outcome.EMPTY, null),
						new Probe("?q=Ana's person's name", "/api/v1/search?q=Zo%C3%AB", null, Outcome.EMPTY, null)),
				route("POST", "/api/v1/imports", "/api/v1/imports", connections("Ivo", "Lindqvist"),
						new Probe("a preview of Bo's own file", "/api/v1/imports", connections("Ivo", "Lindqvist"),
								Outcome.OWN_ONLY, null)),
				route("POST", "/api/v1/imports/{id}/apply", "/api/v1/imports/" + anasImport + "/apply", null,
						notFound("/api/v1/imports/" + anasImport + "/apply")),
				route("GET", "/api/v1/export", "/api/v1/export", null,
						new Probe("Bo's journal only", "/api/v1/export", null, Outcome.OWN_ONLY, null)),
				route("POST", "/api/v1/introductions", "/api/v1/introductions", introduction,
						notFound("/api/v1/introductions", introductionOf(a.person(), anasIntroduction)),
						new Probe("Bo's person with Ana's", "/api/v1/introductions", introduction, Outcome.NOT_FOUND,
								null)),
				route("GET", "/api/v1/introductions/{id}", "/api/v1/introductions/" + anasIntroduction, null,
						notFound("/api/v1/introductions/" + anasIntroduction)),
				route("POST", "/api/v1/calendar-feed", "/api/v1/calendar-feed", null,
						new Probe("Bo's own feed", "/api/v1/calendar-feed", null, Outcome.CREATES_OWN, null)),
				route("DELETE", "/api/v1/calendar-feed", "/api/v1/calendar-feed", null,
						new Probe("Bo has none (Ana's is not his to revoke)", "/api/v1/calendar-feed", null,
								Outcome.NOT_FOUND, null)));
	}

	/**
	 * Asks for an introduction between two new people of the member's journal; answers
	 * its id.
	 */
	static String introduction(Caller api) {
		String first = api
			.create("/api/v1/people", Map.of("name", "Ines", "emails", List.of(JsonApi.uniqueEmail("ines"))))
			.toString();
		String second = api
			.create("/api/v1/people", Map.of("name", "Oskar", "emails", List.of(JsonApi.uniqueEmail("oskar"))))
			.toString();
		return api.create("/api/v1/introductions", introductionOf(first, second)).toString();
	}

	private static Map<String, Object> introductionOf(String first, String second) {
		return Map.of("personIds", List.of(first, second), "reasons",
				Map.of(first, "You should meet", second, "You should meet too"), "message", "Intruder");
	}

	/** A LinkedIn export of one connection. */
	static Upload connections(String firstName, String lastName) {
		return new Upload("Connections.csv", """
				First Name,Last Name,URL,Email Address,Company,Position,Connected On
				%s,%s,,,,,22 Dec 2025
				""".formatted(firstName, lastName).getBytes(StandardCharsets.UTF_8));
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
		REFUSED,
		/** 403 problem: the password is not the caller's. */
		FORBIDDEN

	}

}

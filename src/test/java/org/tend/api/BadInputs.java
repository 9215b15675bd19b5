package org.tend.api;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The bad inputs {@link ApiBadInputTests} sends: one bad thing per call, on every writing
 * route and list filter. Paths and bodies name the member's rows as {@code {person}},
 * {@code {meeting}}, {@code {promise}} and another member's person as {@code {other}}.
 */
final class BadInputs {

	private static final String PEOPLE = "/api/v1/people";

	private static final String PERSON = "/api/v1/people/{person}";

	private static final String NOTES = "/api/v1/people/{person}/notes";

	private static final String MEETINGS = "/api/v1/meetings";

	private static final String MEETING = "/api/v1/meetings/{meeting}";

	private static final String EXCHANGES = "/api/v1/exchanges";

	private static final String PROMISES = "/api/v1/promises";

	private static final String PROMISE = "/api/v1/promises/{promise}";

	private BadInputs() {
	}

	static Stream<BadInput> people() {
		return Stream.of(post(PEOPLE, Map.of(), "name", "no name"),
				post(PEOPLE, Map.of("name", ""), "name", "empty name"),
				post(PEOPLE, Map.of("name", " \t "), "name", "blank name"),
				post(PEOPLE, Map.of("name", tooLong(200)), "name", "name over 200"),
				post(PEOPLE, person("company", tooLong(200)), "company", "company over 200"),
				post(PEOPLE, person("role", tooLong(200)), "role", "role over 200"),
				post(PEOPLE, person("city", tooLong(100)), "city", "city over 100"),
				post(PEOPLE, person("howWeMet", tooLong(2000)), "howWeMet", "howWeMet over 2000"),
				post(PEOPLE, person("tags", List.of("pottery", tooLong(50))), "tags[1]", "tag over 50"),
				post(PEOPLE, person("emails", List.of("not an email")), "emails[0]", "email not an address"),
				post(PEOPLE, person("links", List.of("javascript:alert(1)")), "links[0]", "link not http"),
				post(PEOPLE, person("phones", List.of(tooLong(40))), "phones[0]", "phone over 40"),
				post(PEOPLE, person("circle", "galaxy"), "circle", "unknown circle"),
				post(PEOPLE, person("cadenceDays", 0), "cadenceDays", "cadence of 0 days"),
				post(PEOPLE, person("cadenceDays", "often"), "cadenceDays", "cadence not a number"),
				post(PEOPLE, person("metOn", "last spring"), "metOn", "metOn not a date"),
				post(PEOPLE, Map.of("name", List.of("Ana")), "name", "name a list"),
				post(PEOPLE, "{\"name\": \"Ana\"", null, "malformed JSON"), post(PEOPLE, "", null, "empty body"),
				patch(PERSON, Map.of("name", ""), "name", "empty name"),
				patch(PERSON, nullValue("name"), "name", "name cleared"),
				patch(PERSON, Map.of("city", tooLong(100)), "city", "city over 100"),
				patch(PERSON, Map.of("howWeMet", tooLong(2000)), "howWeMet", "howWeMet over 2000"),
				patch(PERSON, Map.of("circle", "galaxy"), "circle", "unknown circle"),
				patch(PERSON, Map.of("cadenceDays", "often"), "cadenceDays", "cadence not a number"),
				patch(PERSON, "{\"name\": ", null, "malformed JSON"));
	}

	static Stream<BadInput> notes() {
		return Stream.of(post(NOTES, Map.of("text", "Opening a studio"), "kind", "no kind"),
				post(NOTES, Map.of("kind", "gossip", "text", "Opening a studio"), "kind", "unknown kind"),
				post(NOTES, Map.of("kind", "project"), "text", "no text"),
				post(NOTES, Map.of("kind", "project", "text", "  "), "text", "blank text"),
				post(NOTES, Map.of("kind", "project", "text", tooLong(4000)), "text", "text over 4000"),
				post(NOTES, Map.of("kind", "project", "text", "Kiln", "notedOn", "soon"), "notedOn",
						"notedOn not a date"),
				post(NOTES, "{\"kind\": \"project\", \"text\": }", null, "malformed JSON"));
	}

	static Stream<BadInput> meetings() {
		return Stream.of(post(MEETINGS, meeting("personIds", List.of()), "personIds", "no people"),
				post(MEETINGS, meeting("personIds", List.of("{other}")), "personIds", "another member's person"),
				post(MEETINGS, meeting("personIds", List.of("{person}", "{other}")), "personIds",
						"own and another member's person"),
				post(MEETINGS, meeting("personIds", List.of("not-a-uuid")), "personIds[0]", "person id not a UUID"),
				post(MEETINGS, meeting("kind", "brunch"), "kind", "unknown kind"),
				post(MEETINGS, meeting("kind", null), "kind", "no kind"),
				post(MEETINGS, meeting("mode", "telepathy"), "mode", "unknown mode"),
				post(MEETINGS, meeting("status", "maybe"), "status", "unknown status"),
				post(MEETINGS, meeting("startsAt", null), "startsAt", "no start"),
				post(MEETINGS, meeting("startsAt", "tomorrow"), "startsAt", "start not a date-time"),
				post(MEETINGS, meeting("durationMinutes", 0), "durationMinutes", "duration of 0"),
				post(MEETINGS, meeting("durationMinutes", "long"), "durationMinutes", "duration not a number"),
				post(MEETINGS, meeting("place", tooLong(200)), "place", "place over 200"),
				post(MEETINGS, meeting("prep", tooLong(4000)), "prep", "prep over 4000"),
				post(MEETINGS, meeting("reflection", Map.of("learned", tooLong(4000))), "reflection.learned",
						"learned over 4000"),
				post(MEETINGS, meeting("reflection", Map.of("shared", tooLong(4000))), "reflection.shared",
						"shared over 4000"),
				post(MEETINGS, meeting("reflection", Map.of("adviceOffered", tooLong(4000))),
						"reflection.adviceOffered", "adviceOffered over 4000"),
				post(MEETINGS, meeting("reflection", Map.of("helpAsked", tooLong(4000))), "reflection.helpAsked",
						"helpAsked over 4000"),
				post(MEETINGS, meeting("reflection", Map.of("nextStep", tooLong(4000))), "reflection.nextStep",
						"nextStep over 4000"),
				post(MEETINGS, meeting("reflection", "fine"), "reflection", "reflection a string"),
				post(MEETINGS, "{\"personIds\": [\"{person}\"], \"kind\": \"coffee\",", null, "malformed JSON"),
				patch(MEETING, Map.of("personIds", List.of()), "personIds", "no people"),
				patch(MEETING, Map.of("personIds", List.of("{other}")), "personIds", "another member's person"),
				patch(MEETING, Map.of("kind", "brunch"), "kind", "unknown kind"),
				patch(MEETING, Map.of("mode", "telepathy"), "mode", "unknown mode"),
				patch(MEETING, Map.of("status", "maybe"), "status", "unknown status"),
				patch(MEETING, Map.of("durationMinutes", 1441), "durationMinutes", "duration over a day"),
				patch(MEETING, Map.of("place", tooLong(200)), "place", "place over 200"),
				patch(MEETING, Map.of("prep", tooLong(4000)), "prep", "prep over 4000"),
				patch(MEETING, Map.of("reflection", Map.of("nextStep", tooLong(4000))), "reflection.nextStep",
						"nextStep over 4000"));
	}

	static Stream<BadInput> exchanges() {
		return Stream.of(post(EXCHANGES, exchange("personId", null), "personId", "no person"),
				post(EXCHANGES, exchange("personId", "{other}"), "personId", "another member's person"),
				post(EXCHANGES, exchange("direction", "sideways"), "direction", "unknown direction"),
				post(EXCHANGES, exchange("direction", null), "direction", "no direction"),
				post(EXCHANGES, exchange("kind", "bribe"), "kind", "unknown kind"),
				post(EXCHANGES, exchange("description", ""), "description", "empty description"),
				post(EXCHANGES, exchange("description", tooLong(2000)), "description", "description over 2000"),
				post(EXCHANGES, exchange("on", "today"), "on", "on not a date"),
				post(EXCHANGES, exchange("meetingId", "not-a-uuid"), "meetingId", "meeting id not a UUID"),
				post(EXCHANGES, "{\"personId\": ", null, "malformed JSON"));
	}

	static Stream<BadInput> promises() {
		return Stream.of(post(PROMISES, promise("personId", "{other}"), "personId", "another member's person"),
				post(PROMISES, promise("owner", "us"), "owner", "unknown owner"),
				post(PROMISES, promise("owner", null), "owner", "no owner"),
				post(PROMISES, promise("status", "pending"), "status", "unknown status"),
				post(PROMISES, promise("text", " "), "text", "blank text"),
				post(PROMISES, promise("text", tooLong(1000)), "text", "text over 1000"),
				post(PROMISES, promise("due", "soon"), "due", "due not a date"),
				post(PROMISES, "[1, 2", null, "malformed JSON"),
				patch(PROMISE, Map.of("personId", "{other}"), "personId", "another member's person"),
				patch(PROMISE, Map.of("owner", "us"), "owner", "unknown owner"),
				patch(PROMISE, Map.of("status", "pending"), "status", "unknown status"),
				patch(PROMISE, Map.of("text", ""), "text", "empty text"),
				patch(PROMISE, Map.of("text", tooLong(1000)), "text", "text over 1000"),
				patch(PROMISE, Map.of("due", "soon"), "due", "due not a date"),
				patch(PROMISE, Map.of("due", 42), "due", "due a number"));
	}

	static Stream<BadInput> listFilters() {
		return Stream.of(get(PEOPLE + "?circle=galaxy", "circle"), get(PEOPLE + "?sort=age", "sort"),
				get(PEOPLE + "?size=201", "size"), get(PEOPLE + "?size=0", "size"), get(PEOPLE + "?page=-1", "page"),
				get(PEOPLE + "?page=first", "page"), get(MEETINGS + "?status=maybe", "status"),
				get(MEETINGS + "?personId=not-a-uuid", "personId"), get(MEETINGS + "?from=yesterday", "from"),
				get(MEETINGS + "?to=later", "to"), get(MEETINGS + "?size=201", "size"),
				get(EXCHANGES + "?direction=sideways", "direction"), get(EXCHANGES + "?kind=bribe", "kind"),
				get(EXCHANGES + "?from=yesterday", "from"), get(EXCHANGES + "?size=201", "size"),
				get(PROMISES + "?status=pending", "status"), get(PROMISES + "?owner=us", "owner"),
				get(PROMISES + "?dueBefore=soon", "dueBefore"), get(PROMISES + "?size=201", "size"),
				get(PROMISES + "?page=-1", "page"));
	}

	/** One character over the limit: accents count as one character each. */
	static String tooLong(int limit) {
		return "é".repeat(limit + 1);
	}

	private static Map<String, Object> person(String field, Object value) {
		return with(Map.of("name", "Ana Lúcia Ferreira"), field, value);
	}

	private static Map<String, Object> meeting(String field, Object value) {
		return with(Map.of("personIds", List.of("{person}"), "kind", "coffee", "startsAt", "2026-03-02T09:00:00+01:00"),
				field, value);
	}

	private static Map<String, Object> exchange(String field, Object value) {
		return with(Map.of("personId", "{person}", "direction", "given", "kind", "advice", "description",
				"Pricing advice for the studio"), field, value);
	}

	private static Map<String, Object> promise(String field, Object value) {
		return with(Map.of("personId", "{person}", "owner", "me", "text", "Send the kiln supplier's address"), field,
				value);
	}

	/** A valid body with one field changed, or left out when the value is null. */
	private static Map<String, Object> with(Map<String, Object> valid, String field, Object value) {
		Map<String, Object> body = new HashMap<>(valid);
		body.remove(field);
		if (value != null) {
			body.put(field, value);
		}
		return body;
	}

	private static Map<String, Object> nullValue(String field) {
		Map<String, Object> body = new HashMap<>();
		body.put(field, null);
		return body;
	}

	private static BadInput post(String path, Object body, String field, String what) {
		return new BadInput("POST", path, body, field, what);
	}

	private static BadInput patch(String path, Object body, String field, String what) {
		return new BadInput("PATCH", path, body, field, what);
	}

	private static BadInput get(String path, String field) {
		return new BadInput("GET", path, null, field, "bad " + field);
	}

	/**
	 * A call with one bad thing in it, and the field the problem must name (null: the
	 * body is not JSON).
	 */
	record BadInput(String method, String path, Object body, String field, String what) {

		@Override
		public String toString() {
			return this.method + " " + this.path + ": " + this.what;
		}

	}

}

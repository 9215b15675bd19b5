package org.tend.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.tend.support.JsonApi.Caller;
import org.tend.support.JsonApi.Reply;

/**
 * One member's journal, written through the API: a person with a listening note, a
 * meeting that happened with them, an exchange during it and a promise. Every text
 * carries the member's {@code marker} word, so that a search or a list showing it to
 * anybody else is easy to catch.
 */
record Journal(Caller api, String marker, String person, String note, String meeting, String exchange, String promise) {

	static Journal write(Caller api, String name, String marker) {
		String person = api
			.create("/api/v1/people", Map.of("name", name, "company", "Acme " + marker, "city", "València", "tags",
					List.of(marker), "circle", "close", "howWeMet", "At the " + marker + " meetup"))
			.toString();
		String note = api
			.create("/api/v1/people/" + person + "/notes",
					Map.of("kind", "project", "text", "Building a " + marker + " sensor network"))
			.toString();
		String meeting = api.create("/api/v1/meetings", Map.of("personIds", List.of(person), "kind", "coffee", "mode",
				"in_person", "startsAt", "2025-11-20T09:30:00+01:00", "durationMinutes", 45, "place", "Café " + marker,
				"status", "happened", "prep", "Ask about the " + marker + " pilot", "reflection", Map.of("learned",
						"The " + marker + " pilot needs funding", "nextStep", "Send the " + marker + " grant call")))
			.toString();
		String exchange = api
			.create("/api/v1/exchanges",
					Map.of("personId", person, "direction", "given", "kind", "introduction", "description",
							"Introduced them to the " + marker + " fund", "on", "2025-11-20", "meetingId", meeting))
			.toString();
		String promise = api
			.create("/api/v1/promises", Map.of("personId", person, "owner", "me", "text",
					"Send the " + marker + " grant call", "due", "2025-12-01", "meetingId", meeting))
			.toString();
		return new Journal(api, marker, person, note, meeting, exchange, promise);
	}

	/**
	 * Everything the member can read of their journal, answer by answer: compared before
	 * and after a call, it shows whether the call changed anything.
	 */
	Map<String, String> snapshot() {
		Map<String, String> seen = new LinkedHashMap<>();
		for (String path : List.of("/api/v1/people/" + this.person, "/api/v1/people/" + this.person + "/notes",
				"/api/v1/meetings/" + this.meeting, "/api/v1/exchanges/" + this.exchange,
				"/api/v1/promises/" + this.promise, "/api/v1/people?size=200", "/api/v1/meetings?size=200",
				"/api/v1/exchanges?size=200", "/api/v1/promises?size=200", "/api/v1/search?q=" + this.marker)) {
			Reply reply = this.api.get(path);
			seen.put(path, reply.status() + " " + reply.body());
		}
		return seen;
	}

	/**
	 * Waits until the journal stops changing on its own: listeners (depth scores, search
	 * words) catch up with what was written after the answers, later on a real database
	 * server than on H2, and a snapshot taken before would see them as a call's doing.
	 */
	Journal settled() {
		Map<String, String> before = snapshot();
		for (int attempt = 0; attempt < 50; attempt++) {
			sleep();
			Map<String, String> now = snapshot();
			if (now.equals(before)) {
				return this;
			}
			before = now;
		}
		throw new IllegalStateException("the journal marked " + this.marker + " kept changing");
	}

	private static void sleep() {
		try {
			Thread.sleep(300);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** How many rows of each kind the member has, as the API counts them. */
	Map<String, Long> counts() {
		Map<String, Long> counts = new LinkedHashMap<>();
		for (String list : List.of("people", "meetings", "exchanges", "promises")) {
			counts.put(list, this.api.get("/api/v1/" + list + "?size=1").json().get("total").asLong());
		}
		counts.put("notes", this.api.get("/api/v1/people/" + this.person + "/notes").json().get("total").asLong());
		return counts;
	}

	/** Every id of the journal, to look for in what another member is shown. */
	List<String> ids() {
		return List.of(this.person, this.note, this.meeting, this.exchange, this.promise);
	}

}

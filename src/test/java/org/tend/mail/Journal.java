package org.tend.mail;

import java.util.Map;

import org.tend.support.JsonApi;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Writes what the mail jobs read (mail preferences, people and promises) through the API,
 * as a member.
 */
final class Journal {

	private Journal() {
	}

	/** Promise reminders on, the weekly nudge on or off, both on Mondays at the hour. */
	static void mailPreferences(JsonApi api, JsonApi.Member member, boolean weeklyNudge, int hour, int daysBefore) {
		JsonApi.Reply reply = api.call("PUT", "/api/v1/me/mail-preferences", member.token(),
				Map.of("weeklyNudge", weeklyNudge, "nudgeDay", "monday", "nudgeHour", hour, "promiseReminders", true,
						"reminderDaysBefore", daysBefore));
		assertThat(reply.status()).isEqualTo(200);
	}

	static String person(JsonApi api, JsonApi.Member member, String name) {
		JsonApi.Reply reply = api.call("POST", "/api/v1/people", member.token(), Map.of("name", name));
		assertThat(reply.status()).isEqualTo(201);
		return reply.json().get("id").asString();
	}

	static String promise(JsonApi api, JsonApi.Member member, String personId, String owner, String text, String due) {
		JsonApi.Reply reply = api.call("POST", "/api/v1/promises", member.token(),
				Map.of("personId", personId, "owner", owner, "text", text, "due", due));
		assertThat(reply.status()).as(reply.body()).isEqualTo(201);
		return reply.json().get("id").asString();
	}

}

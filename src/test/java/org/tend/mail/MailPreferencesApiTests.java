package org.tend.mail;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tend.support.JsonApi;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code GET|PUT /api/v1/me/mail-preferences}: the member's own, and nobody else's. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MailPreferencesApiTests {

	private static final String PATH = "/api/v1/me/mail-preferences";

	@LocalServerPort
	int port;

	@Test
	void aNewMemberHasTheDefaultsMondayAtEightAndRemindersTheDayBefore() {
		JsonApi api = new JsonApi(this.port);
		JsonApi.Member ana = api.signUp("Ana");

		JsonApi.Reply reply = api.call("GET", PATH, ana.token(), null);

		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.json().toString()).isEqualTo(
				"{\"weeklyNudge\":true,\"nudgeDay\":\"monday\",\"nudgeHour\":8,\"promiseReminders\":true,\"reminderDaysBefore\":1,\"introductionRequests\":true}");
	}

	@Test
	void replacesTheMembersOwnPreferencesAndNeverAnotherMembers() {
		JsonApi api = new JsonApi(this.port);
		JsonApi.Member ana = api.signUp("Ana");
		JsonApi.Member bo = api.signUp("Bo");
		Map<String, Object> anas = Map.of("weeklyNudge", false, "nudgeDay", "saturday", "nudgeHour", 7,
				"promiseReminders", false, "reminderDaysBefore", 3);

		JsonApi.Reply saved = api.call("PUT", PATH, ana.token(), anas);

		assertThat(saved.status()).isEqualTo(200);
		assertThat(saved.json().get("nudgeDay").asString()).isEqualTo("saturday");
		assertThat(api.call("GET", PATH, ana.token(), null).json().get("reminderDaysBefore").asInt()).isEqualTo(3);
		assertThat(api.call("GET", PATH, bo.token(), null).json().get("weeklyNudge").asBoolean()).isTrue();

		api.call("PUT", PATH, bo.token(), Map.of("weeklyNudge", true, "nudgeDay", "friday", "nudgeHour", 18,
				"promiseReminders", true, "reminderDaysBefore", 0));
		assertThat(api.call("GET", PATH, ana.token(), null).json().get("nudgeDay").asString()).isEqualTo("saturday");
		assertThat(api.call("GET", PATH, bo.token(), null).json().get("nudgeDay").asString()).isEqualTo("friday");
	}

	@Test
	void introductionRequestMailsSwitchOffAndOnAndALeftOutFieldStaysAsItWas() {
		JsonApi api = new JsonApi(this.port);
		JsonApi.Member ana = api.signUp("Ana");
		Map<String, Object> off = Map.of("weeklyNudge", true, "nudgeDay", "monday", "nudgeHour", 8, "promiseReminders",
				true, "reminderDaysBefore", 1, "introductionRequests", false);

		JsonApi.Reply saved = api.call("PUT", PATH, ana.token(), off);

		assertThat(saved.status()).isEqualTo(200);
		assertThat(saved.json().get("introductionRequests").asBoolean()).isFalse();
		assertThat(api.call("GET", PATH, ana.token(), null).json().get("introductionRequests").asBoolean()).isFalse();
		// a client that does not know the field yet leaves it alone
		JsonApi.Reply older = api.call("PUT", PATH, ana.token(), Map.of("weeklyNudge", false, "nudgeDay", "monday",
				"nudgeHour", 8, "promiseReminders", true, "reminderDaysBefore", 1));
		assertThat(older.status()).isEqualTo(200);
		assertThat(older.json().get("weeklyNudge").asBoolean()).isFalse();
		assertThat(older.json().get("introductionRequests").asBoolean()).isFalse();
		JsonApi.Reply on = api.call("PUT", PATH, ana.token(), Map.of("weeklyNudge", false, "nudgeDay", "monday",
				"nudgeHour", 8, "promiseReminders", true, "reminderDaysBefore", 1, "introductionRequests", true));
		assertThat(on.json().get("introductionRequests").asBoolean()).isTrue();
		assertThat(api.call("GET", PATH, ana.token(), null).json().get("introductionRequests").asBoolean()).isTrue();
	}

	@Test
	void rejectsValuesOutOfRangeNamingTheField() {
		JsonApi api = new JsonApi(this.port);
		JsonApi.Member ana = api.signUp("Ana");

		JsonApi.Reply hour = api.call("PUT", PATH, ana.token(), Map.of("weeklyNudge", true, "nudgeDay", "monday",
				"nudgeHour", 24, "promiseReminders", true, "reminderDaysBefore", 15));
		JsonApi.Reply day = api.call("PUT", PATH, ana.token(), Map.of("weeklyNudge", true, "nudgeDay", "someday",
				"nudgeHour", 8, "promiseReminders", true, "reminderDaysBefore", 1));
		JsonApi.Reply missing = api.call("PUT", PATH, ana.token(), Map.of("weeklyNudge", true));

		assertThat(hour.status()).isEqualTo(400);
		assertThat(hour.badFields()).containsExactlyInAnyOrder("nudgeHour", "reminderDaysBefore");
		assertThat(day.status()).isEqualTo(400);
		assertThat(day.body()).contains("nudgeDay");
		assertThat(missing.status()).isEqualTo(400);
		assertThat(missing.badFields()).contains("nudgeDay", "nudgeHour", "promiseReminders", "reminderDaysBefore");
		assertThat(api.call("GET", PATH, ana.token(), null).json().get("nudgeHour").asInt()).isEqualTo(8);
	}

	@Test
	void withoutATokenThereIsNothingToSee() {
		JsonApi api = new JsonApi(this.port);

		assertThat(api.call("GET", PATH, null, null).status()).isEqualTo(401);
		assertThat(api.call("PUT", PATH, null, Map.of("weeklyNudge", false)).status()).isEqualTo(401);
	}

}

package org.tend.meetings;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tend.search.SearchIndex;
import org.tend.support.JsonApi;
import org.tend.support.JsonApi.Member;
import org.tend.support.JsonApi.Reply;

import tools.jackson.databind.JsonNode;
import org.tend.support.SmallJournal;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class MeetingsApiTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SearchIndex search;

	private JsonApi api;

	private SmallJournal fixtures;

	private Member zoe;

	private Member sam;

	private UUID ana;

	private UUID li;

	private UUID samsFriend;

	@BeforeEach
	void members() {
		this.api = new JsonApi(this.port);
		this.fixtures = new SmallJournal(this.jdbc);
		this.zoe = this.api.signUp("Zoë Ñúñez 🌱");
		this.sam = this.api.signUp("Sam");
		this.ana = this.fixtures.person(this.zoe.id(), "Ana Lúcia Ferreira", 30);
		this.li = this.fixtures.person(this.zoe.id(), "李小龍");
		this.samsFriend = this.fixtures.person(this.sam.id(), "Sam's friend");
	}

	@Test
	void createsReadsAndListsAMeeting() {
		Reply created = this.api.call("POST", "/api/v1/meetings", this.zoe.token(), """
				{"personIds": ["%s", "%s"], "kind": "coffee", "startsAt": "2026-03-02T09:30:00+01:00",
				 "durationMinutes": 45, "place": "Café Gijón", "prep": "Ask about the Lisbon move",
				 "reflection": {"learned": "She is hiring 🌱"}}""".formatted(this.ana, this.li));

		assertThat(created.status()).isEqualTo(201);
		JsonNode meeting = created.json();
		assertThat(created.location()).endsWith("/api/v1/meetings/" + meeting.get("id").asString());
		assertThat(meeting.get("kind").asString()).isEqualTo("coffee");
		assertThat(meeting.get("mode").asString()).isEqualTo("in_person");
		assertThat(meeting.get("status").asString()).isEqualTo("planned");
		assertThat(meeting.get("startsAt").asString()).isEqualTo("2026-03-02T08:30:00Z");
		assertThat(meeting.get("reflection").get("learned").asString()).isEqualTo("She is hiring 🌱");
		assertThat(meeting.get("personIds").values()).extracting(JsonNode::asString)
			.containsExactlyInAnyOrder(this.ana.toString(), this.li.toString());

		Reply read = this.api.call("GET", created.location(), this.zoe.token(), null);
		assertThat(read.status()).isEqualTo(200);
		assertThat(read.json().get("place").asString()).isEqualTo("Café Gijón");
		assertThat(read.json().get("durationMinutes").asInt()).isEqualTo(45);

		JsonNode list = this.api.call("GET", "/api/v1/meetings", this.zoe.token(), null).json();
		assertThat(list.get("total").asLong()).isEqualTo(1);
		assertThat(list.get("page").asInt()).isZero();
		assertThat(list.get("items").get(0).get("id").asString()).isEqualTo(meeting.get("id").asString());
		assertThat(this.api.call("GET", "/api/v1/meetings", this.sam.token(), null).json().get("total").asLong())
			.isZero();
	}

	@Test
	void filtersByPersonStatusAndPeriodNewestFirst() {
		String march = create(this.ana, "happened", "2026-03-02T09:30:00Z");
		String april = create(this.li, "happened", "2026-04-10T19:00:00Z");
		String may = create(this.ana, "planned", "2026-05-20T12:00:00Z");

		assertThat(ids("/api/v1/meetings")).containsExactly(may, april, march);
		assertThat(ids("/api/v1/meetings?personId=" + this.ana)).containsExactly(may, march);
		assertThat(ids("/api/v1/meetings?status=happened")).containsExactly(april, march);
		assertThat(ids("/api/v1/meetings?from=2026-04-01&to=2026-05-20")).containsExactly(may, april);
		assertThat(ids("/api/v1/meetings?to=2026-04-10T19:00:00Z")).containsExactly(march);
		assertThat(ids("/api/v1/meetings?size=2&page=1")).containsExactly(march);
	}

	@Test
	void patchChangesOnlyTheGivenFields() {
		String id = create(this.ana, "planned", "2026-03-02T09:30:00Z");

		Reply patched = this.api.call("PATCH", "/api/v1/meetings/" + id, this.zoe.token(), """
				{"kind": "walk", "personIds": ["%s"], "place": "Retiro park",
				 "reflection": {"nextStep": "Send the article on slow networking"}}""".formatted(this.li));

		assertThat(patched.status()).isEqualTo(200);
		JsonNode meeting = patched.json();
		assertThat(meeting.get("kind").asString()).isEqualTo("walk");
		assertThat(meeting.get("place").asString()).isEqualTo("Retiro park");
		assertThat(meeting.get("startsAt").asString()).isEqualTo("2026-03-02T09:30:00Z");
		assertThat(meeting.get("status").asString()).isEqualTo("planned");
		assertThat(meeting.get("personIds").values()).extracting(JsonNode::asString)
			.containsExactly(this.li.toString());
		assertThat(meeting.get("reflection").get("nextStep").asString())
			.isEqualTo("Send the article on slow networking");

		JsonNode cleared = this.api.call("PATCH", "/api/v1/meetings/" + id, this.zoe.token(), "{\"place\": \"\"}")
			.json();
		assertThat(cleared.get("place").isNull()).isTrue();
		assertThat(cleared.get("kind").asString()).isEqualTo("walk");
	}

	@Test
	void aMeetingThatHappenedSetsLastMetInTheMembersZoneAndCancellingResetsIt() {
		new SmallJournal(this.jdbc).setTimeZone(this.zoe.id(), "Europe/Madrid");
		// late evening in UTC is already the next day in Madrid
		String id = create(this.ana, "planned", "2026-03-20T23:30:00Z");
		assertThat(this.fixtures.lastMetOn(this.ana)).isNull();

		patch(id, "{\"status\": \"happened\"}");
		assertThat(this.fixtures.lastMetOn(this.ana)).isEqualTo(LocalDate.of(2026, 3, 21));
		assertThat(this.fixtures.dueOn(this.ana)).isEqualTo(LocalDate.of(2026, 4, 20));

		String earlier = create(this.ana, "happened", "2026-01-10T10:00:00Z");
		assertThat(this.fixtures.lastMetOn(this.ana)).isEqualTo(LocalDate.of(2026, 3, 21));

		patch(id, "{\"status\": \"cancelled\"}");
		assertThat(this.fixtures.lastMetOn(this.ana)).isEqualTo(LocalDate.of(2026, 1, 10));

		assertThat(this.api.call("DELETE", "/api/v1/meetings/" + earlier, this.zoe.token(), null).status())
			.isEqualTo(204);
		assertThat(this.fixtures.lastMetOn(this.ana)).isNull();
		assertThat(this.fixtures.dueOn(this.ana)).isNull();
	}

	@Test
	void movingAMeetingToOtherPeopleRecomputesBoth() {
		String id = create(this.ana, "happened", "2026-03-02T09:30:00Z");
		assertThat(this.fixtures.lastMetOn(this.ana)).isEqualTo(LocalDate.of(2026, 3, 2));

		patch(id, "{\"personIds\": [\"%s\"]}".formatted(this.li));

		assertThat(this.fixtures.lastMetOn(this.ana)).isNull();
		assertThat(this.fixtures.lastMetOn(this.li)).isEqualTo(LocalDate.of(2026, 3, 2));
	}

	@Test
	void anotherMembersMeetingIsNotFoundOnEveryRoute() {
		String id = create(this.ana, "planned", "2026-03-02T09:30:00Z");
		String path = "/api/v1/meetings/" + id;

		assertThat(this.api.call("GET", path, this.sam.token(), null).status()).isEqualTo(404);
		assertThat(this.api.call("PATCH", path, this.sam.token(), "{\"status\": \"cancelled\"}").status())
			.isEqualTo(404);
		assertThat(this.api.call("DELETE", path, this.sam.token(), null).status()).isEqualTo(404);
		assertThat(this.api.call("GET", "/api/v1/meetings/" + UUID.randomUUID(), this.zoe.token(), null).status())
			.isEqualTo(404);

		JsonNode untouched = this.api.call("GET", path, this.zoe.token(), null).json();
		assertThat(untouched.get("status").asString()).isEqualTo("planned");
	}

	@Test
	void anotherMembersPersonIsBadInputAndNothingIsSaved() {
		Reply refused = this.api.call("POST", "/api/v1/meetings", this.zoe.token(), """
				{"personIds": ["%s", "%s"], "kind": "coffee", "startsAt": "2026-03-02T09:30:00Z"}""".formatted(this.ana,
				this.samsFriend));

		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("personIds");
		assertThat(this.fixtures.meetingRows(this.zoe.id())).isZero();

		String id = create(this.ana, "happened", "2026-03-02T09:30:00Z");
		Reply patch = this.api.call("PATCH", "/api/v1/meetings/" + id, this.zoe.token(),
				"{\"personIds\": [\"%s\"], \"place\": \"Elsewhere\"}".formatted(this.samsFriend));
		assertThat(patch.status()).isEqualTo(400);
		JsonNode unchanged = this.api.call("GET", "/api/v1/meetings/" + id, this.zoe.token(), null).json();
		assertThat(unchanged.get("personIds").get(0).asString()).isEqualTo(this.ana.toString());
		assertThat(unchanged.get("place").isNull()).isTrue();
	}

	@Test
	void withoutATokenEveryRouteAnswers401() {
		String path = "/api/v1/meetings/" + create(this.ana, "planned", "2026-03-02T09:30:00Z");

		assertThat(this.api.call("GET", "/api/v1/meetings", null, null).status()).isEqualTo(401);
		assertThat(this.api.call("POST", "/api/v1/meetings", null, "{}").status()).isEqualTo(401);
		assertThat(this.api.call("GET", path, null, null).status()).isEqualTo(401);
		assertThat(this.api.call("PATCH", path, null, "{}").status()).isEqualTo(401);
		assertThat(this.api.call("DELETE", path, null, null).status()).isEqualTo(401);
	}

	@Test
	void unknownEnumValuesAreBadInputNamingTheField() {
		Reply kind = this.api.call("POST", "/api/v1/meetings", this.zoe.token(), """
				{"personIds": ["%s"], "kind": "brunch", "startsAt": "2026-03-02T09:30:00Z"}""".formatted(this.ana));
		Reply mode = this.api.call("POST", "/api/v1/meetings", this.zoe.token(), """
				{"personIds": ["%s"], "kind": "call", "mode": "hologram", "startsAt": "2026-03-02T09:30:00Z"}"""
			.formatted(this.ana));
		Reply status = this.api.call("GET", "/api/v1/meetings?status=done", this.zoe.token(), null);

		assertThat(kind.status()).isEqualTo(400);
		assertThat(kind.json().get("errors").get(0).get("field").asString()).isEqualTo("kind");
		assertThat(mode.status()).isEqualTo(400);
		assertThat(mode.json().get("errors").get(0).get("field").asString()).isEqualTo("mode");
		assertThat(status.status()).isEqualTo(400);
		assertThat(status.json().get("errors").get(0).get("field").asString()).isEqualTo("status");
		assertThat(this.fixtures.meetingRows(this.zoe.id())).isZero();
	}

	@Test
	void missingFieldsAndOverlongTextAreBadInputNamingTheFields() {
		Reply missing = this.api.call("POST", "/api/v1/meetings", this.zoe.token(), "{\"personIds\": []}");
		Reply tooLong = this.api.call("POST", "/api/v1/meetings", this.zoe.token(), """
				{"personIds": ["%s"], "kind": "coffee", "startsAt": "2026-03-02T09:30:00Z", "durationMinutes": 2000,
				 "reflection": {"learned": "%s"}}""".formatted(this.ana, "é".repeat(4001)));

		assertThat(missing.status()).isEqualTo(400);
		assertThat(missing.badFields()).contains("personIds", "kind", "startsAt");
		assertThat(tooLong.status()).isEqualTo(400);
		assertThat(tooLong.badFields()).containsExactlyInAnyOrder("durationMinutes", "reflection.learned");
		assertThat(this.api.call("GET", "/api/v1/meetings?from=yesterday", this.zoe.token(), null).status())
			.isEqualTo(400);
	}

	@Test
	void meetingTextIsFoundBySearchThroughItsPeopleUntilDeleted() {
		String id = this.api
			.call("POST", "/api/v1/meetings", this.zoe.token(),
					"""
							{"personIds": ["%s", "%s"], "kind": "tapas", "startsAt": "2026-03-02T20:00:00Z",
							 "reflection": {"helpAsked": "Hiring a data engineer for the climate startup"}}"""
						.formatted(this.ana, this.li))
			.json()
			.get("id")
			.asString();

		assertThat(this.search.search(this.zoe.id(), "climate hiring", 10)).extracting((match) -> match.personId())
			.containsExactlyInAnyOrder(this.ana, this.li);
		assertThat(this.search.search(this.sam.id(), "climate", 10)).isEmpty();

		this.api.call("DELETE", "/api/v1/meetings/" + id, this.zoe.token(), null);
		assertThat(this.search.search(this.zoe.id(), "climate", 10)).isEmpty();
	}

	private String create(UUID personId, String status, String startsAt) {
		Reply answer = this.api.call("POST", "/api/v1/meetings", this.zoe.token(), """
				{"personIds": ["%s"], "kind": "coffee", "status": "%s", "startsAt": "%s"}""".formatted(personId, status,
				startsAt));
		assertThat(answer.status()).as(answer.body()).isEqualTo(201);
		return answer.json().get("id").asString();
	}

	private void patch(String id, String body) {
		Reply answer = this.api.call("PATCH", "/api/v1/meetings/" + id, this.zoe.token(), body);
		assertThat(answer.status()).as(answer.body()).isEqualTo(200);
	}

	private List<String> ids(String path) {
		Reply answer = this.api.call("GET", path, this.zoe.token(), null);
		assertThat(answer.status()).as(answer.body()).isEqualTo(200);
		return answer.json().get("items").values().stream().map((item) -> item.get("id").asString()).toList();
	}

}

package org.tend.groups;

import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tend.mail.MailOutbox;
import org.tend.support.JsonApi;
import org.tend.support.JsonApi.Caller;
import org.tend.support.JsonApi.Member;
import org.tend.support.JsonApi.Reply;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Small groups through the JSON API as the issue writes it: wishes (bad ones refused
 * without a trace), the organizers' preview and publishing (once a season), the group for
 * its members, its sessions as iCalendar and the mails in the outbox.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class GroupsApiTests {

	@LocalServerPort
	int port;

	@Autowired
	MailOutbox outbox;

	@Autowired
	GroupsService groups;

	private static GroupFixture communityOf(JsonApi api, int size) {
		return GroupFixture.community(api, size, 3);
	}

	private static Map<String, Object> wish(String mode, String city, int min, int max) {
		Map<String, Object> wish = new java.util.HashMap<>(
				Map.of("topics", List.of("Climate policy", "rust"), "mode", mode, "sizeMin", min, "sizeMax", max));
		if (city != null) {
			wish.put("city", city);
		}
		return wish;
	}

	@Test
	void badWishesAreRefusedNamingTheFieldAndChangeNothing() {
		JsonApi api = new JsonApi(this.port);
		GroupFixture c = communityOf(api, 2);
		String wishes = "/api/v1/communities/" + c.communityId() + "/group-wishes";
		assertThat(c.members().get(1).post(wishes, wish("virtual", null, 4, 6)).status()).isEqualTo(201);
		long before = this.groups.wishCount(c.accounts().get(0).id(), java.util.UUID.fromString(c.communityId()));

		Map<Map<String, Object>, String> bad = Map.of(wish("virtual", null, 6, 4), "sizeMin",
				wish("virtual", null, 1, 1), "sizeMin", wish("virtual", null, 4, 9), "sizeMax",
				wish("in_person", null, 4, 6), "city", wish("by pigeon", null, 4, 6), "mode",
				Map.of("mode", "virtual", "sizeMin", 4, "sizeMax", 5), "topics");
		bad.forEach((body, field) -> {
			Reply reply = c.members().get(1).post(wishes, body);
			assertThat(reply.status()).as(body.toString()).isEqualTo(400);
			assertThat(reply.badFields()).as(body.toString()).containsExactly(field);
		});
		Caller stranger = api.newMember("Stranger");
		assertThat(stranger.post(wishes, wish("virtual", null, 4, 6)).status()).isEqualTo(404);
		assertThat(this.groups.wishCount(c.accounts().get(0).id(), java.util.UUID.fromString(c.communityId())))
			.isEqualTo(before);
	}

	@Test
	void wishesPreviewPublishAndTheGroupForItsMembers() throws Exception {
		JsonApi api = new JsonApi(this.port);
		GroupFixture c = communityOf(api, 9);
		String base = "/api/v1/communities/" + c.communityId();
		for (int i = 0; i < 9; i++) {
			Reply reply = c.members().get(i).post(base + "/group-wishes", wish("either", "Valencia", 4, 5));
			assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
		}
		assertThat(c.members().get(1).post(base + "/groups/preview", null).status()).isEqualTo(403);
		assertThat(c.members().get(1).post(base + "/groups", null).status()).isEqualTo(403);

		JsonNode preview = c.organizer().post(base + "/groups/preview", null).json();
		assertThat(preview.get("groups").size()).isEqualTo(2);
		assertThat(preview.get("unplaced").size()).isZero();
		Set<String> placed = new HashSet<>();
		for (JsonNode group : preview.get("groups")) {
			assertThat(group.get("memberIds").size()).isBetween(4, 5);
			group.get("memberIds").forEach((m) -> assertThat(placed.add(m.asString())).isTrue());
			assertThat(group.get("reasons").size()).isPositive();
			assertThat(group.get("topic").asString()).isIn("Climate policy", "rust");
		}

		Reply published = c.organizer().post(base + "/groups", null);
		assertThat(published.status()).as(published.toString()).isEqualTo(201);
		assertThat(c.organizer().post(base + "/groups", null).status()).as("a second season at once").isEqualTo(409);
		JsonNode first = published.json().get("groups").get(0);
		String groupId = first.get("id").asString();
		String memberId = first.get("memberIds").get(0).asString();
		Caller inGroup = c.members()
			.get(c.accounts().stream().map((m) -> m.id().toString()).toList().indexOf(memberId));

		JsonNode group = inGroup.get("/api/v1/groups/" + groupId).json();
		assertThat(group.get("id").asString()).isEqualTo(groupId);
		assertThat(group.get("memberIds")).isEqualTo(first.get("memberIds"));
		JsonNode sessions = group.get("sessions");
		assertThat(sessions.size()).isEqualTo(6);
		Instant s1 = Instant.parse(sessions.get(0).get("startsAt").asString());
		Instant s2 = Instant.parse(sessions.get(1).get("startsAt").asString());
		assertThat(Duration.between(s1, s2).toDays()).isEqualTo(14);

		for (int i = 0; i < c.accounts().size(); i++) {
			if (!placedIn(first, c.accounts().get(i).id().toString())) {
				assertThat(c.members().get(i).get("/api/v1/groups/" + groupId).status()).isEqualTo(404);
				assertThat(c.members().get(i).get("/api/v1/groups/" + groupId + "/sessions.ics").status())
					.isEqualTo(404);
			}
		}
		Reply ics = inGroup.get("/api/v1/groups/" + groupId + "/sessions.ics");
		assertThat(ics.contentType()).startsWith("text/calendar");
		Calendar calendar = new CalendarBuilder().build(new StringReader(ics.body()));
		assertThat(calendar.getComponents(Component.VEVENT)).hasSize(6);
		for (JsonNode m : first.get("memberIds")) {
			assertThat(this.outbox.queued("group-published:" + groupId + ":" + m.asString())).isTrue();
		}

		String session = "/api/v1/groups/" + groupId + "/sessions/" + sessions.get(0).get("id").asString();
		assertThat(inGroup.post(session + "/journal", null).badFields()).as("not attended yet")
			.containsExactly("attended");
		assertThat(inGroup.call("PUT", session + "/attendance", Map.of()).badFields()).containsExactly("attended");
		Reply attended = inGroup.call("PUT", session + "/attendance", Map.of("attended", true));
		assertThat(attended.status()).isEqualTo(200);
		Reply recorded = inGroup.post(session + "/journal", null);
		assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
		JsonNode meeting = inGroup.get("/api/v1/meetings/" + recorded.json().get("meetingId").asString()).json();
		assertThat(meeting.toString()).contains("Member");
		assertThat(inGroup.post(session + "/journal", null).badFields()).as("once").containsExactly("recorded");
	}

	private static boolean placedIn(JsonNode group, String memberId) {
		for (JsonNode m : group.get("memberIds")) {
			if (m.asString().equals(memberId)) {
				return true;
			}
		}
		return false;
	}

	@Test
	void theOrganizerSetsHowManySessionsAndHowFarApart() {
		JsonApi api = new JsonApi(this.port);
		GroupFixture c = communityOf(api, 4);
		String base = "/api/v1/communities/" + c.communityId();
		for (Caller member : c.members()) {
			member.post(base + "/group-wishes", wish("virtual", null, 4, 4));
		}
		assertThat(c.organizer().post(base + "/groups", Map.of("sessions", 0)).badFields()).containsExactly("sessions");
		Reply published = c.organizer().post(base + "/groups", Map.of("sessions", 3, "intervalDays", 7));
		assertThat(published.status()).isEqualTo(201);
		JsonNode sessions = published.json().get("groups").get(0).get("sessions");
		assertThat(sessions.size()).isEqualTo(3);
		assertThat(Duration
			.between(Instant.parse(sessions.get(0).get("startsAt").asString()),
					Instant.parse(sessions.get(1).get("startsAt").asString()))
			.toDays()).isEqualTo(7);
	}

}

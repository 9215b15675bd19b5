package org.tend.groups;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.tend.support.JsonApi;
import org.tend.support.JsonApi.Caller;
import org.tend.support.JsonApi.Member;
import org.tend.support.JsonApi.Reply;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A community of members with profiles (Ana organizes), and a published group of four of
 * them, through the API as a member would.
 */
public record GroupFixture(String communityId, Caller organizer, List<Caller> members, List<Member> accounts) {

	public static GroupFixture community(JsonApi api, int size) {
		return community(api, size, size);
	}

	/**
	 * A community of {@code size} members whose headlines name {@code workplaces}
	 * companies in turn (members with one company are colleagues to the forming).
	 */
	public static GroupFixture community(JsonApi api, int size, int workplaces) {
		Member ana = api.signUp("Ana");
		Caller organizer = api.as(ana);
		Reply created = organizer.post("/api/v1/communities",
				Map.of("name", "Valencia makers", "cadence", "weekly", "timezone", "Europe/Madrid"));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		String id = created.json().get("id").asString();
		String code = created.json().get("inviteCode").asString();
		List<Caller> members = new ArrayList<>(List.of(organizer));
		List<Member> accounts = new ArrayList<>(List.of(ana));
		for (int i = 1; i < size; i++) {
			Member account = api.signUp("Member " + i);
			Caller member = api.as(account);
			member.post("/api/v1/communities/join", Map.of("inviteCode", code));
			members.add(member);
			accounts.add(account);
		}
		for (int i = 0; i < size; i++) {
			Reply saved = members.get(i)
				.call("PUT", "/api/v1/communities/" + id + "/profile",
						Map.of("headline", "Maker at Company " + (i % workplaces), "topics", List.of("climate"), "city",
								"Valencia", "timezone", "Europe/Madrid", "mode", "either"));
			assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
		}
		return new GroupFixture(id, organizer, members, accounts);
	}

	/**
	 * The first four members wish for a virtual group of four; the organizer publishes
	 * it: the published group.
	 */
	public JsonNode publishGroupOfFour(int sessions, int intervalDays, Instant firstAt) {
		String base = "/api/v1/communities/" + this.communityId;
		for (Caller member : this.members.subList(0, 4)) {
			Reply wished = member.post(base + "/group-wishes",
					Map.of("topics", List.of("Climate policy"), "mode", "virtual", "sizeMin", 4, "sizeMax", 4));
			assertThat(wished.status()).as(wished.toString()).isEqualTo(201);
		}
		Reply published = this.organizer.post(base + "/groups",
				Map.of("sessions", sessions, "intervalDays", intervalDays, "firstAt", firstAt.toString()));
		assertThat(published.status()).as(published.toString()).isEqualTo(201);
		return published.json().get("groups").get(0);
	}

	/** The caller of a member by account id. */
	public Caller member(String memberId) {
		for (int i = 0; i < this.accounts.size(); i++) {
			if (this.accounts.get(i).id().toString().equals(memberId)) {
				return this.members.get(i);
			}
		}
		throw new IllegalArgumentException("no member " + memberId);
	}

}

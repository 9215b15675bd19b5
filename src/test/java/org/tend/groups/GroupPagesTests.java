package org.tend.groups;

import java.io.StringReader;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tend.accounts.HttpVisitor;
import org.tend.accounts.HttpVisitor.Page;
import org.tend.support.JsonApi;
import org.tend.support.JsonApi.Caller;
import org.tend.support.JsonApi.Member;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The small groups' pages as a browser without script uses them: a member's wish (bad
 * values shown beside their field, nothing saved), the organizers' preview and publish
 * (too few wishes and a second season said calmly), and a group's page for its members
 * only, with attendance and the session recorded in the journal.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class GroupPagesTests {

	private static final String PASSWORD = "correct horse battery";

	@LocalServerPort
	int port;

	@Autowired
	GroupsService groups;

	@Autowired
	GroupAgendaService agenda;

	@Autowired
	GroupProposalsService proposals;

	@Autowired
	GroupContinuationService continuations;

	record Someone(Member account, Caller api, HttpVisitor pages) {
	}

	record Community(UUID id, List<Someone> members) {

		Someone organizer() {
			return this.members.getFirst();
		}

	}

	private Someone someone(JsonApi api, String name) {
		String email = JsonApi.uniqueEmail(name.toLowerCase(java.util.Locale.ROOT));
		Member account = api.signUp(email, PASSWORD, name);
		HttpVisitor pages = new HttpVisitor(this.port);
		assertThat(pages.signIn(email, PASSWORD).location()).endsWith("/today");
		// the sign-in renews the CSRF token: read a page to carry the new one
		pages.get("/today");
		return new Someone(account, api.as(account), pages);
	}

	private Community community(int size) {
		JsonApi api = new JsonApi(this.port);
		Someone ana = someone(api, "Ana");
		JsonApi.Reply created = ana.api()
			.post("/api/v1/communities", Map.of("name", "Valencia makers", "cadence", "weekly", "timezone", "UTC"));
		String code = created.json().get("inviteCode").asString();
		List<Someone> members = new ArrayList<>(List.of(ana));
		for (int i = 1; i < size; i++) {
			Someone member = someone(api, "Member" + i);
			member.api().post("/api/v1/communities/join", Map.of("inviteCode", code));
			members.add(member);
		}
		UUID id = UUID.fromString(created.json().get("id").asString());
		for (int i = 0; i < size; i++) {
			members.get(i)
				.api()
				.call("PUT", "/api/v1/communities/" + id + "/profile", Map.of("headline", "Maker at Company " + i,
						"topics", List.of("ceramics"), "city", "Valencia", "timezone", "UTC", "mode", "either"));
		}
		return new Community(id, members);
	}

	@Test
	void aWishIsSavedChangedAndWithdrawnAndABadOneIsShownBesideItsField() {
		Community c = community(2);
		HttpVisitor bo = c.members().get(1).pages();
		String page = "/communities/" + c.id() + "/groups";
		assertThat(c.organizer().pages().get("/communities/" + c.id()).body()).contains("href=\"" + page + "\"");

		Page empty = bo.get(page);
		assertThat(empty.status()).isEqualTo(200);
		assertThat(empty.body()).contains("You have no open wish in this community.");
		assertThat(empty.inputValue("topics")).as("a first wish starts from the profile").contains("ceramics");
		assertThat(empty.inputValue("city")).contains("Valencia");

		Page refused = bo.post(page + "/wish", "topics", "climate", "mode", "virtual", "sizeMin", "6", "sizeMax", "4");
		assertThat(refused.status()).isEqualTo(200);
		assertThat(refused.body()).contains("id=\"sizeMin-error\"")
			.contains("The smallest size must not be larger than the largest size")
			.contains("aria-describedby=\"sizeMin-error\"");
		assertThat(refused.inputValue("sizeMin")).as("the form comes back as typed").contains("6");
		assertThat(bo.post(page + "/wish", "topics", "climate", "mode", "virtual", "sizeMin", "four", "sizeMax", "6")
			.body()).contains("id=\"sizeMin-error\"");
		assertThat(bo.post(page + "/wish", "topics", " , ", "mode", "virtual", "sizeMin", "4", "sizeMax", "6").body())
			.contains("id=\"topics-error\"");
		assertThat(bo
			.post(page + "/wish", "topics", "climate", "mode", "in_person", "city", "", "sizeMin", "4", "sizeMax", "6")
			.body()).contains("id=\"city-error\"");
		UUID boId = c.members().get(1).account().id();
		assertThat(this.groups.openWish(boId, c.id())).as("nothing saved").isEmpty();

		Page saved = bo.post(page + "/wish", "topics", "climate, rust", "mode", "virtual", "sizeMin", "4", "sizeMax",
				"6");
		assertThat(saved.location()).endsWith(page);
		assertThat(bo.follow(saved).body()).contains("Your wish is saved").contains("Topics: climate, rust");
		assertThat(this.groups.openWish(boId, c.id())).hasValueSatisfying((w) -> {
			assertThat(w.topics()).containsExactly("climate", "rust");
			assertThat(w.sizeMax()).isEqualTo(6);
		});
		bo.follow(bo.post(page + "/wish", "topics", "climate", "mode", "either", "city", "Valencia", "sizeMin", "5",
				"sizeMax", "8"));
		assertThat(this.groups.openWish(boId, c.id())).hasValueSatisfying((w) -> assertThat(w.sizeMin()).isEqualTo(5));

		Page withdrawn = bo.post(page + "/wish/withdraw");
		assertThat(bo.follow(withdrawn).body()).contains("Your wish is withdrawn");
		assertThat(this.groups.openWish(boId, c.id())).isEmpty();
	}

	@Test
	void organizersPreviewAndPublishAndTooFewWishesOrASecondSeasonAreSaidCalmly() {
		Community c = community(5);
		HttpVisitor ana = c.organizer().pages();
		String season = "/communities/" + c.id() + "/groups/season";
		assertThat(ana.get("/communities/" + c.id() + "/groups").body()).contains("href=\"" + season + "\"");
		assertThat(c.members().get(1).pages().get(season).status()).as("organizers only").isEqualTo(403);

		Page none = ana.get(season);
		assertThat(none.status()).isEqualTo(200);
		assertThat(none.body()).contains("Too few matching wishes").doesNotContain("Publish the groups");
		Page refused = ana.post(season);
		assertThat(ana.follow(refused).body()).contains("Too few matching wishes to form a group of 4 yet");
		assertThat(c.organizer().api().post("/api/v1/communities/" + c.id() + "/groups", null).badFields())
			.as("the API says the same: 400 naming the wishes")
			.containsExactly("wishes");

		for (int i = 0; i < 5; i++) {
			c.members()
				.get(i)
				.api()
				.post("/api/v1/communities/" + c.id() + "/group-wishes",
						Map.of("topics", List.of((i < 4) ? "Climate policy" : "knitting"), "mode", "virtual", "sizeMin",
								4, "sizeMax", 4));
		}
		Page preview = ana.get(season);
		assertThat(preview.body()).contains("5 open wishes")
			.contains("Climate policy")
			.contains("Member1 · ")
			.contains("You all want to talk about Climate policy")
			.contains("Not placed this time")
			.contains("Member4")
			.contains("Publish the groups and mail the members");

		Page published = ana.post(season, "firstDate", LocalDate.now(ZoneId.of("UTC")).minusDays(1).toString(),
				"sessions", "3", "intervalDays", "7");
		assertThat(ana.follow(published).body()).contains("Published: 1 group with their sessions");
		assertThat(this.groups.groupsOf(c.organizer().account().id())).singleElement()
			.satisfies((g) -> assertThat(g.topic()).isEqualTo("Climate policy"));

		Page twice = ana.post(season);
		assertThat(ana.follow(twice).body()).contains("in their season already").contains("Nothing was changed");
		assertThat(this.groups.groupsOf(c.organizer().account().id())).hasSize(1);
	}

	@Test
	void aGroupsPageIsForItsMembersWhoMarkAttendanceAndRecordTheSession() throws Exception {
		Community c = community(5);
		SmallGroup group = publishedGroup(c, LocalDate.now(ZoneId.of("UTC")).minusDays(1), 2, 30);
		Someone inside = c.organizer();
		Someone outside = outsideGroup(c, group);
		String path = "/groups/" + group.id();

		assertThat(inside.pages().get("/groups").body()).contains("href=\"" + path + "\"").contains("Valencia makers");
		assertThat(inside.pages().get("/communities/pairings").body()).contains("href=\"/groups\"");
		Page page = inside.pages().get(path);
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("Small group on Climate policy")
			.contains("Maker at Company")
			.contains("Session 1: ")
			.contains("Session 2: ")
			.contains("href=\"" + path + "/sessions.ics\"")
			.contains("I was there")
			.contains("upcoming");
		for (SmallGroup.Member m : group.members()) {
			assertThat(page.body()).contains(m.displayName());
		}
		assertThat(outside.pages().get(path).status()).as("a member of the community outside the group").isEqualTo(404);
		assertThat(outside.pages().get(path + "/sessions.ics").status()).isEqualTo(404);

		Page ics = inside.pages().get(path + "/sessions.ics");
		assertThat(ics.header("Content-Type")).hasValueSatisfying((t) -> assertThat(t).startsWith("text/calendar"));
		Calendar calendar = new CalendarBuilder().build(new StringReader(ics.body()));
		assertThat(calendar.getComponents(Component.VEVENT)).hasSize(2);

		GroupSession first = group.sessions().getFirst();
		String session = path + "/sessions/" + first.id();
		assertThat(outside.pages().post(session + "/attendance", "attended", "true").status()).isEqualTo(404);
		assertThat(outside.pages().post(session + "/journal").status()).isEqualTo(404);
		Page early = inside.pages().post(session + "/journal");
		assertThat(inside.pages().follow(early).body()).contains("Say that you attended before recording the session");

		Page attended = inside.pages().post(session + "/attendance", "attended", "true");
		assertThat(attended.location()).endsWith(path + "#session-" + first.id());
		assertThat(inside.pages().get(path).body()).contains("You were there.").contains("Record in my journal");
		Page recorded = inside.pages().post(session + "/journal");
		Matcher meeting = Pattern.compile("/meetings/([0-9a-f-]{36})$").matcher(recorded.location());
		assertThat(meeting.find()).as(recorded.location()).isTrue();
		assertThat(inside.pages().get("/meetings/" + meeting.group(1)).status()).isEqualTo(200);
		assertThat(inside.pages().get(path).body()).contains("This session is in your journal.")
			.doesNotContain("Record in my journal");
		assertThat(this.groups.attendance(inside.account().id(), group.id()).get(first.id()).recorded()).isTrue();
	}

	/** Five wish for one topic; the organizer publishes a group of four. */
	private SmallGroup publishedGroup(Community c, LocalDate firstDate, int sessions, int intervalDays) {
		for (int i = 0; i < 5; i++) {
			c.members()
				.get(i)
				.api()
				.post("/api/v1/communities/" + c.id() + "/group-wishes",
						Map.of("topics", List.of("Climate policy"), "mode", "virtual", "sizeMin", 4, "sizeMax", 4));
		}
		c.organizer()
			.pages()
			.post("/communities/" + c.id() + "/groups/season", "firstDate", firstDate.toString(), "sessions",
					String.valueOf(sessions), "intervalDays", String.valueOf(intervalDays));
		MyGroup mine = this.groups.groupsOf(c.organizer().account().id()).getFirst();
		return this.groups.group(c.organizer().account().id(), mine.id());
	}

	private static Someone inGroup(Community c, SmallGroup group, int index) {
		return c.members()
			.stream()
			.filter((m) -> group.memberIds().contains(m.account().id()))
			.skip(index)
			.findFirst()
			.orElseThrow();
	}

	private static Someone outsideGroup(Community c, SmallGroup group) {
		return c.members()
			.stream()
			.filter((m) -> !group.memberIds().contains(m.account().id()))
			.findFirst()
			.orElseThrow();
	}

	@Test
	void membersAddToTheSharedAgendaAndRemoveOnlyTheirOwnItems() {
		Community c = community(5);
		SmallGroup group = publishedGroup(c, LocalDate.now(ZoneId.of("UTC")).plusDays(3), 2, 14);
		Someone ana = inGroup(c, group, 0);
		Someone other = inGroup(c, group, 1);
		Someone outside = outsideGroup(c, group);
		String path = "/groups/" + group.id();
		UUID anaId = ana.account().id();

		Page empty = ana.pages().get(path);
		assertThat(empty.body()).contains("After session 2, the last of the season, the group chooses")
			.contains("Shared agenda")
			.contains("Nothing on the agenda yet.")
			.contains("action=\"" + path + "/agenda\"")
			.contains("hx-post=\"" + path + "/agenda\"");

		Page blank = ana.pages().post(path + "/agenda", "text", "   ");
		assertThat(blank.status()).isEqualTo(200);
		assertThat(blank.body()).contains("id=\"agenda-text-error\"")
			.contains("The agenda item is required")
			.contains("aria-describedby=\"agenda-text-error\"");
		String tooLong = "q".repeat(AgendaItem.MAX_TEXT + 1);
		Page long_ = ana.pages().post(path + "/agenda", "text", tooLong);
		assertThat(long_.body()).contains("The agenda item has at most 500 characters")
			.as("the form comes back as typed")
			.contains(">" + tooLong + "</textarea>");
		assertThat(this.agenda.items(anaId, group.id())).as("nothing saved").isEmpty();

		Page added = ana.pages().post(path + "/agenda", "text", "Carbon pricing <in> the EU");
		assertThat(added.location()).endsWith(path + "#agenda");
		assertThat(ana.pages().follow(added).body()).contains("Added to the agenda.")
			.contains("Carbon pricing &lt;in&gt; the EU")
			.contains(">Remove<");
		other.pages().post(path + "/agenda", "text", "Heat pumps");
		AgendaItem anas = this.agenda.items(anaId, group.id()).getFirst();
		assertThat(this.agenda.items(anaId, group.id())).hasSize(2);

		Page seenByOther = other.pages().get(path);
		assertThat(seenByOther.body()).contains("Carbon pricing")
			.contains("Heat pumps")
			.doesNotContain(path + "/agenda/" + anas.id() + "/remove");
		Page notYours = other.pages().post(path + "/agenda/" + anas.id() + "/remove");
		assertThat(other.pages().follow(notYours).body())
			.contains("Only the member who added an agenda item removes it");
		assertThat(this.agenda.items(anaId, group.id())).as("nothing removed").hasSize(2);

		assertThat(outside.pages().post(path + "/agenda", "text", "Intruder").status()).isEqualTo(404);
		assertThat(outside.pages().post(path + "/agenda/" + anas.id() + "/remove").status()).isEqualTo(404);

		Page removed = ana.pages().post(path + "/agenda/" + anas.id() + "/remove");
		assertThat(ana.pages().follow(removed).body()).contains("Removed from the agenda.")
			.doesNotContain("Carbon pricing");

		// htmx swaps the agenda alone, its message inside it
		Page swapped = ana.pages().withHeader("HX-Request", "true").post(path + "/agenda", "text", "Trains");
		assertThat(swapped.status()).isEqualTo(200);
		assertThat(swapped.body()).startsWith("<section")
			.contains("id=\"agenda\"")
			.contains("Added to the agenda.")
			.contains("Trains")
			.doesNotContain("<html");
		assertThat(ana.pages().post(path + "/agenda", "text", "").body()).startsWith("<section")
			.contains("id=\"agenda-text-error\"");
		assertThat(this.agenda.items(anaId, group.id())).extracting(AgendaItem::text)
			.containsExactly("Heat pumps", "Trains");
	}

	@Test
	void afterTheLastSessionMembersChooseAndMoreThanHalfCloseTheGroup() {
		Community c = community(5);
		SmallGroup group = publishedGroup(c, LocalDate.now(ZoneId.of("UTC")).minusDays(1), 1, 14);
		String path = "/groups/" + group.id();
		String choose = path + "/continuation";
		Someone one = inGroup(c, group, 0);
		Someone outside = outsideGroup(c, group);

		Page choosing = one.pages().get(path);
		assertThat(choosing.body()).contains("Keep going or close")
			.contains("Session 1 was the last of the season")
			.contains("Keep going: 0 · close: 0 · of 4 members")
			.contains("action=\"" + choose + "\"");

		Page bad = one.pages().post(choose, "choice", "maybe");
		assertThat(bad.status()).isEqualTo(200);
		assertThat(bad.body()).contains("id=\"choice-error\"").contains("Choose to keep going or to close");
		assertThat(outside.pages().post(choose, "choice", "close").status()).isEqualTo(404);
		assertThat(this.continuations.of(one.account().id(), group.id()).close()).as("nothing changed").isZero();

		Page first = one.pages().post(choose, "choice", "close");
		assertThat(first.location()).endsWith(path + "#continuation");
		assertThat(one.pages().follow(first).body()).contains("Saved: you would close the group.")
			.contains("Keep going: 0 · close: 1 · of 4 members")
			.contains("Your answer: close the group");
		inGroup(c, group, 1).pages().post(choose, "choice", "keep");
		inGroup(c, group, 2).pages().post(choose, "choice", "close");
		assertThat(one.pages().get(path).body()).as("two of four is not more than half")
			.contains("Keep going: 1 · close: 2 · of 4 members");

		Page closed = inGroup(c, group, 3).pages().post(choose, "choice", "close");
		assertThat(inGroup(c, group, 3).pages().follow(closed).body())
			.contains("More than half of the group chose to close: the group is closed.")
			.contains("This group closed on")
			.contains("its agenda takes no more items")
			.doesNotContain("action=\"" + choose + "\"")
			.doesNotContain("action=\"" + path + "/agenda\"");
		Page late = one.pages().post(choose, "choice", "keep");
		assertThat(one.pages().follow(late).body()).contains("This group is closed. Nothing was changed.");
		assertThat(this.continuations.of(one.account().id(), group.id()).state()).isEqualTo("closed");
	}

	/**
	 * The page after a redirect to its proposals section (the fragment stays in the
	 * browser).
	 */
	private static Page back(HttpVisitor visitor, Page redirect, String page) {
		assertThat(redirect.status()).as(redirect.body()).isEqualTo(302);
		assertThat(redirect.location()).endsWith(page + "#proposals");
		return visitor.get(page);
	}

	@Test
	void membersProposeJoinStartWithdrawAndLeaveGroupsOnTheGroupsPageAndABadProposalChangesNothing() {
		Community c = community(6);
		String page = "/communities/" + c.id() + "/groups";
		HttpVisitor zoe = c.members().get(1).pages();
		UUID zoeId = c.members().get(1).account().id();

		Page none = zoe.get(page);
		assertThat(none.body()).contains("Groups members propose").contains("No open proposals in this community yet");

		Page noTopic = back(zoe, zoe.post(page + "/proposals", "topic", " ", "mode", "virtual", "size", "5"), page);
		assertThat(noTopic.body()).contains("id=\"proposal-topic-error\"")
			.contains("Name the group&#39;s topic")
			.contains("aria-describedby=\"proposal-topic-error\"");
		Page five = back(zoe, zoe.post(page + "/proposals", "topic", "Climate", "mode", "virtual", "size", "five"),
				page);
		assertThat(five.body()).contains("id=\"proposal-size-error\"").contains("whole number between 4 and 8");
		assertThat(five.inputValue("proposal-size")).as("the form comes back as typed").contains("five");
		assertThat(back(zoe, zoe.post(page + "/proposals", "topic", "Climate", "mode", "virtual", "size", "9"), page)
			.body()).contains("id=\"proposal-size-error\"").contains("The size must be between 4 and 8");
		assertThat(back(zoe, zoe.post(page + "/proposals", "topic", "Climate", "mode", "in_person", "size", "4"), page)
			.body()).contains("id=\"proposal-city-error\"");
		assertThat(back(zoe, zoe.post(page + "/proposals", "topic", "Climate", "size", "4"), page).body())
			.contains("id=\"proposal-mode-error\"")
			.contains("Choose in person or online");
		assertThat(this.proposals.open(zoeId, c.id())).as("nothing proposed").isEmpty();

		Page proposed = back(zoe,
				zoe.post(page + "/proposals", "topic", "Climate policy", "mode", "virtual", "size", "5"), page);
		assertThat(proposed.body()).contains("Your group on Climate policy is proposed")
			.contains("proposed by Member1")
			.contains("1 of 5 seats taken · 4 open")
			.contains("Withdraw my proposal")
			.doesNotContain("Start the group now");
		UUID proposalId = this.proposals.open(zoeId, c.id()).getFirst().id();
		String p = page + "/proposals/" + proposalId;
		assertThat(
				back(zoe, zoe.post(page + "/proposals", "topic", "Rust", "mode", "virtual", "size", "4"), page).body())
			.as("one open proposal at a time")
			.contains("You have an open proposal in this community already");

		HttpVisitor bo = c.members().get(2).pages();
		assertThat(bo.get(page).body()).contains("Climate policy")
			.contains("proposed by Member1")
			.contains(p + "/join");
		assertThat(back(bo, bo.post(p + "/withdraw"), page).body()).as("only its proposer")
			.contains("Only the member who proposed the group")
			.contains("Nothing was changed");
		assertThat(back(bo, bo.post(p + "/leave"), page).body()).contains("You have not joined this proposal");
		Page joined = back(bo, bo.post(p + "/join"), page);
		assertThat(joined.body()).contains("You joined the group on Climate policy")
			.contains("2 of 5 seats taken")
			.contains(p + "/leave");
		Page left = back(bo, bo.post(p + "/leave"), page);
		assertThat(left.body()).contains("You left the group on Climate policy").contains("1 of 5 seats taken");

		for (int i = 2; i <= 4; i++) {
			c.members().get(i).pages().post(p + "/join");
		}
		assertThat(back(zoe, zoe.post(p + "/leave"), page).body())
			.contains("withdraw the proposal rather than leave it");
		Page four = zoe.get(page);
		assertThat(four.body()).contains("4 of 5 seats taken").contains(p + "/start");
		Page started = back(zoe, zoe.post(p + "/start"), page);
		assertThat(started.body()).contains("The group on Climate policy starts")
			.contains("No open proposals in this community yet");
		assertThat(this.proposals.open(zoeId, c.id())).as("it is a group now").isEmpty();
		assertThat(this.groups.groupsOf(zoeId)).as("a group grown from a proposal is among hers")
			.singleElement()
			.satisfies((mine) -> assertThat(mine.topic()).isEqualTo("Climate policy"));
		assertThat(zoe.get("/groups").body()).contains("Climate policy");
		assertThat(back(zoe, zoe.post(p + "/withdraw"), page).body()).contains("it takes no changes");

		Page again = back(zoe,
				zoe.post(page + "/proposals", "topic", "Rust", "mode", "in_person", "city", "Valencia", "size", "4"),
				page);
		assertThat(again.body()).contains("Your group on Rust is proposed").contains("in person in Valencia");
		UUID rust = this.proposals.open(zoeId, c.id()).getFirst().id();
		Page withdrawn = back(zoe, zoe.post(page + "/proposals/" + rust + "/withdraw"), page);
		assertThat(withdrawn.body()).contains("Your proposal is withdrawn")
			.contains("No open proposals in this community yet");
		assertThat(c.members().get(5).pages().post(page + "/proposals/" + rust + "/join").status()).as("gone")
			.isEqualTo(404);
	}

}

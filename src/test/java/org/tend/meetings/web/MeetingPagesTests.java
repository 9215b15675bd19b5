package org.tend.meetings.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.tend.accounts.CurrentMember;
import org.tend.meetings.MeetingDetails;
import org.tend.meetings.MeetingKind;
import org.tend.meetings.MeetingStatus;
import org.tend.meetings.MeetingsService;
import org.tend.meetings.NewMeeting;
import org.tend.meetings.Reflection;
import org.tend.support.SmallJournal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class MeetingPagesTests {

	private static final ZoneId MADRID = ZoneId.of("Europe/Madrid");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MeetingsService meetings;

	private SmallJournal fixtures;

	private CurrentMember zoe;

	private CurrentMember sam;

	private UUID ana;

	private UUID li;

	@BeforeEach
	void journal() {
		this.fixtures = new SmallJournal(this.jdbc);
		this.zoe = member("Zoë Ñúñez 🌱");
		this.sam = member("Sam");
		this.ana = this.fixtures.person(this.zoe.id(), "Ana Lúcia Ferreira", 30);
		this.li = this.fixtures.person(this.zoe.id(), "李小龍");
	}

	@Test
	void meetingPageShowsAPrepCardFromNotesAndTheLastReflection() throws Exception {
		this.fixtures.note(this.zoe.id(), this.ana, "project", "Mapping heat islands with open climate data",
				LocalDate.of(2026, 2, 1));
		this.fixtures.note(this.zoe.id(), this.ana, "challenge", "Finding a data engineer who stays",
				LocalDate.of(2026, 2, 1));
		this.fixtures.note(this.zoe.id(), this.ana, "aspiration", "Teach at the university one day",
				LocalDate.of(2026, 2, 1));
		MeetingDetails earlier = create(List.of(this.ana), MeetingStatus.HAPPENED, daysFromNow(-30));
		this.meetings.reflect(this.zoe.id(), MADRID, earlier.id(), new Reflection("She moved to Lisbon in January",
				null, null, "An intro to her publisher", "Send her the slow networking essay"));
		MeetingDetails next = create(List.of(this.ana, this.li), MeetingStatus.PLANNED, daysFromNow(2));

		String html = page(get("/meetings/{id}", next.id()), this.zoe);

		assertThat(html).contains("Prep card", "Ana Lúcia Ferreira", "李小龍")
			.contains("Mapping heat islands with open climate data", "Finding a data engineer who stays",
					"Teach at the university one day")
			.contains("How is “Mapping heat islands with open climate data” going?")
			.contains("She moved to Lisbon in January", "An intro to her publisher")
			.contains("Last time the next step was “Send her the slow networking essay”: how did it go?")
			.contains("You have no notes on 李小龍 yet")
			.contains("id=\"reflection\"", "What I learned", "Help I asked for", "Next step");
	}

	@Test
	void tooLongReflectionRerendersTheFormWithMessagesAndSavesNothing() throws Exception {
		MeetingDetails meeting = create(List.of(this.ana), MeetingStatus.PLANNED, daysFromNow(-1));

		String html = page(post("/meetings/{id}/reflection", meeting.id()).param("learned", "é".repeat(4001))
			.param("nextStep", "Call her in May"), this.zoe);

		assertThat(html).contains("Some answers are too long. Nothing was saved.")
			.contains("Keep this under 4,000 characters.")
			.contains("Call her in May");
		MeetingDetails unchanged = this.meetings.get(this.zoe.id(), meeting.id());
		assertThat(unchanged.reflection().isEmpty()).isTrue();
		assertThat(unchanged.status()).isEqualTo(MeetingStatus.PLANNED);
	}

	@Test
	void reflectingOnAPlannedMeetingThatHasPassedMarksItHappened() throws Exception {
		MeetingDetails past = create(List.of(this.ana), MeetingStatus.PLANNED, daysFromNow(-1));
		MeetingDetails ahead = create(List.of(this.li), MeetingStatus.PLANNED, daysFromNow(3));

		redirect(post("/meetings/{id}/reflection", past.id()).param("learned", "Her startup raised a seed round"),
				this.zoe);
		redirect(post("/meetings/{id}/reflection", ahead.id()).param("learned", "Written ahead"), this.zoe);

		MeetingDetails reflected = this.meetings.get(this.zoe.id(), past.id());
		assertThat(reflected.status()).isEqualTo(MeetingStatus.HAPPENED);
		assertThat(reflected.reflection().learned()).isEqualTo("Her startup raised a seed round");
		assertThat(this.fixtures.lastMetOn(this.ana)).isEqualTo(LocalDate.ofInstant(past.startsAt(), MADRID));
		assertThat(this.meetings.get(this.zoe.id(), ahead.id()).status()).isEqualTo(MeetingStatus.PLANNED);
	}

	@Test
	void statusButtonsMarkTheMeetingHappenedOrCancelled() throws Exception {
		MeetingDetails meeting = create(List.of(this.ana), MeetingStatus.PLANNED, daysFromNow(-2));

		redirect(post("/meetings/{id}/status", meeting.id()).param("status", "happened"), this.zoe);
		assertThat(this.fixtures.lastMetOn(this.ana)).isNotNull();

		redirect(post("/meetings/{id}/status", meeting.id()).param("status", "cancelled"), this.zoe);
		assertThat(this.meetings.get(this.zoe.id(), meeting.id()).status()).isEqualTo(MeetingStatus.CANCELLED);
		assertThat(this.fixtures.lastMetOn(this.ana)).isNull();

		MvcResult bad = this.mvc
			.perform(post("/meetings/{id}/status", meeting.id()).param("status", "postponed")
				.with(authentication(signedIn(this.zoe)))
				.with(csrf()))
			.andReturn();
		assertThat(bad.getResponse().getStatus()).isEqualTo(400);
	}

	@Test
	void newMeetingFormOffersTheMembersPeopleWithTheChosenOneSelected() throws Exception {
		UUID samsFriend = this.fixtures.person(this.sam.id(), "Sam's friend");

		String html = page(get("/meetings/new").param("personId", this.ana.toString())
			.param("personId", samsFriend.toString())
			.param("kind", "coffee")
			.param("status", "happened"), this.zoe);

		assertThat(html)
			// checkboxes a thumb can tick, not a multi-select
			.containsPattern("type=\"checkbox\" name=\"personIds\" id=\"personIds\\d+\" value=\"" + this.ana
					+ "\"\\s+checked=\"checked\">\\s*<span>Ana Lúcia Ferreira</span>")
			.containsPattern("value=\"" + this.li + "\">\\s*<span>李小龍</span>")
			.doesNotContain("<select id=\"personIds\"")
			.doesNotContain("Sam&#39;s friend", samsFriend.toString())
			.containsPattern("value=\"happened\"\\s+checked=\"checked\"");
	}

	@Test
	void meetingFormRerendersWithMessagesOnBadInput() throws Exception {
		UUID samsFriend = this.fixtures.person(this.sam.id(), "Sam's friend");

		String missing = page(post("/meetings").param("kind", "coffee").param("durationMinutes", "2000"), this.zoe);
		String foreign = page(post("/meetings").param("personIds", samsFriend.toString())
			.param("kind", "coffee")
			.param("startsAt", "2026-03-02T09:30"), this.zoe);
		String tampered = page(post("/meetings").param("personIds", this.ana.toString())
			.param("kind", "brunch")
			.param("startsAt", "2026-03-02T09:30"), this.zoe);

		String garbled = page(post("/meetings").param("personIds", this.ana.toString())
			.param("kind", "coffee")
			.param("startsAt", "next tuesday")
			.param("durationMinutes", "an hour"), this.zoe);

		String tamperedPeople = page(post("/meetings").param("personIds", "not-an-id")
			.param("kind", "coffee")
			.param("startsAt", "2026-03-02T09:30"), this.zoe);

		assertThat(tamperedPeople).contains("Choose people from the list.");
		assertThat(garbled).contains("value=\"next tuesday\"")
			.contains("Give a date and time like 2026-03-02 09:30.", "Give the duration as a number of minutes.");
		assertThat(missing).contains("Choose at least one person.", "Give a date and time.",
				"Give a duration between 1 and 1440 minutes.");
		assertThat(foreign).contains("Choose people from your own journal.");
		assertThat(tampered).contains("Choose one of the options.");
		assertThat(this.fixtures.meetingRows(this.zoe.id())).isZero();
	}

	@Test
	void meetingFormCreatesAMeetingInTheMembersZoneAndEditChangesIt() throws Exception {
		MvcResult created = redirect(post("/meetings").param("personIds", this.ana.toString(), this.li.toString())
			.param("kind", "tapas")
			.param("startsAt", "2026-03-02T20:30")
			.param("durationMinutes", "90")
			.param("place", "Casa Lucio")
			.param("status", "happened"), this.zoe);
		UUID id = UUID.fromString(created.getResponse().getRedirectedUrl().replace("/meetings/", ""));

		MeetingDetails meeting = this.meetings.get(this.zoe.id(), id);
		assertThat(meeting.startsAt()).isEqualTo(Instant.parse("2026-03-02T19:30:00Z"));
		assertThat(meeting.personIds()).containsExactlyInAnyOrder(this.ana, this.li);
		assertThat(meeting.mode().code()).isEqualTo("in_person");
		assertThat(this.fixtures.lastMetOn(this.li)).isEqualTo(LocalDate.of(2026, 3, 2));

		assertThat(page(get("/meetings/{id}/edit", id), this.zoe)).contains("value=\"2026-03-02T20:30\"",
				"value=\"Casa Lucio\"");
		redirect(post("/meetings/{id}", id).param("personIds", this.li.toString())
			.param("kind", "walk")
			.param("mode", "in_person")
			.param("startsAt", "2026-03-02T20:30")
			.param("place", "")
			.param("status", "happened"), this.zoe);
		MeetingDetails edited = this.meetings.get(this.zoe.id(), id);
		assertThat(edited.kind()).isEqualTo(MeetingKind.WALK);
		assertThat(edited.place()).isNull();
		assertThat(edited.personIds()).containsExactly(this.li);
		assertThat(this.fixtures.lastMetOn(this.ana)).isNull();
	}

	@Test
	void meetingsListShowsWhatIsComingAndWhatHasBeen() throws Exception {
		create(List.of(this.ana), MeetingStatus.PLANNED, daysFromNow(3));
		create(List.of(this.li), MeetingStatus.HAPPENED, daysFromNow(-3));
		create(List.of(this.li), MeetingStatus.PLANNED, daysFromNow(-1));

		String all = page(get("/meetings"), this.zoe);
		String withLi = page(get("/meetings").param("personId", this.li.toString()), this.zoe);

		assertThat(all).contains("Coming up", "with Ana Lúcia Ferreira", "What has been", "with 李小龍", "How did it go?");
		assertThat(withLi).contains("Meetings with 李小龍").doesNotContain("with Ana Lúcia Ferreira");
		assertThat(page(get("/meetings"), this.sam)).contains("Nothing planned.", "No meetings yet.");
	}

	@Test
	void anotherMembersMeetingIsNotFoundOnEveryPage() throws Exception {
		MeetingDetails meeting = create(List.of(this.ana), MeetingStatus.PLANNED, daysFromNow(1));

		for (MockHttpServletRequestBuilder request : List.of(get("/meetings/{id}", meeting.id()),
				get("/meetings").param("personId", this.ana.toString()), get("/meetings/{id}/edit", meeting.id()),
				post("/meetings/{id}/reflection", meeting.id()).param("learned", "x"),
				post("/meetings/{id}/status", meeting.id()).param("status", "cancelled"),
				post("/meetings/{id}", meeting.id()).param("personIds", this.ana.toString())
					.param("kind", "coffee")
					.param("startsAt", "2026-03-02T09:30"),
				post("/meetings/{id}/delete", meeting.id()))) {
			MvcResult result = this.mvc.perform(request.with(authentication(signedIn(this.sam))).with(csrf()))
				.andReturn();
			assertThat(result.getResponse().getStatus()).as(request.toString()).isEqualTo(404);
		}
		assertThat(this.meetings.get(this.zoe.id(), meeting.id()).status()).isEqualTo(MeetingStatus.PLANNED);
	}

	private MeetingDetails create(List<UUID> people, MeetingStatus status, Instant startsAt) {
		return this.meetings.create(this.zoe.id(), MADRID,
				new NewMeeting(people, MeetingKind.COFFEE, null, startsAt, 45, "Café Gijón", status, null, null));
	}

	private String page(MockHttpServletRequestBuilder request, CurrentMember member) throws Exception {
		MvcResult result = this.mvc.perform(request.with(authentication(signedIn(member))).with(csrf())).andReturn();
		assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(200);
		return result.getResponse().getContentAsString();
	}

	private MvcResult redirect(MockHttpServletRequestBuilder request, CurrentMember member) throws Exception {
		MvcResult result = this.mvc.perform(request.with(authentication(signedIn(member))).with(csrf())).andReturn();
		assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(302);
		return result;
	}

	private CurrentMember member(String name) {
		String email = "member-" + UUID.randomUUID() + "@example.org";
		return new CurrentMember(this.fixtures.account("Member", email), email, name, MADRID);
	}

	static UsernamePasswordAuthenticationToken signedIn(CurrentMember member) {
		return UsernamePasswordAuthenticationToken.authenticated(member, null, List.of());
	}

	static Instant daysFromNow(long days) {
		return Instant.now().plus(days, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MINUTES);
	}

}

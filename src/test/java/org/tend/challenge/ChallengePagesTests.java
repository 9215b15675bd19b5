package org.tend.challenge;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.tend.accounts.CurrentMember;
import org.tend.meetings.MeetingDetails;
import org.tend.meetings.MeetingFilter;
import org.tend.meetings.MeetingStatus;
import org.tend.meetings.MeetingsService;
import org.tend.shared.PageRequest;
import org.tend.support.JsonApi.Member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** The challenge page, the invitation page and the meeting page's challenge section. */
class ChallengePagesTests extends AnaInMadrid {

	static final ZoneId MADRID = ZoneId.of("Europe/Madrid");

	@Autowired
	MeetingsService meetings;

	private UUID zoe;

	@BeforeEach
	void journal() {
		this.zoe = this.api.as(this.ana)
			.create("/api/v1/people", Map.of("name", "Zoë Ñúñez 🌱", "circle", "close", "metOn", "2026-09-01"));
	}

	/**
	 * A first-met day is not a meeting: a close tie is due from a meeting that happened.
	 */
	private void metZoeInSeptember() {
		this.api.as(this.ana)
			.create("/api/v1/meetings", Map.of("personIds", List.of(this.zoe), "kind", "coffee", "startsAt",
					"2026-09-01T10:00:00Z", "status", "happened"));
	}

	@Test
	void showsTheWeekTheSuggestionsAndA52WeekCalendarWithoutInlineStyles() throws Exception {
		metZoeInSeptember();
		String page = page(get("/challenge"), this.signedIn);

		assertThat(page).contains("2026-W48", "0 of 1 meaningful meetings", "Zoë Ñúñez 🌱", "close circle",
				"Plan a coffee", "Not this week");
		assertThat(page.split("class=\"challenge-week", -1)).hasSize(53);
		assertThat(page).doesNotContain("style=");
	}

	@Test
	void aSuggestionOffersToIntroduceThePersonThroughTheIntroductionForm() throws Exception {
		metZoeInSeptember();
		String page = page(get("/challenge"), this.signedIn);
		String href = "/introductions/new?personId=" + this.zoe;
		assertThat(page).contains("href=\"" + href + "\"", ">Introduce to someone</a>",
				"aria-label=\"Introduce to someone: Zoë Ñúñez 🌱\"");

		// the link opens the existing form with the suggested person chosen first
		String form = page(get(href), this.signedIn);
		assertThat(form).contains("Introduce two people")
			.containsPattern("<option value=\"" + this.zoe + "\"[^>]*selected");
	}

	@Test
	void planningACoffeeCreatesAPlannedMeetingAndShowsTheInvitation() throws Exception {
		MvcResult planned = this.mvc
			.perform(post("/challenge/suggestions/" + this.zoe + "/plan").with(authentication(as(this.signedIn)))
				.with(csrf()))
			.andReturn();

		assertThat(planned.getResponse().getStatus()).isEqualTo(302);
		String invitePath = planned.getResponse().getRedirectedUrl();
		assertThat(invitePath).matches("/challenge/meetings/[0-9a-f-]{36}/invite");
		MeetingDetails coffee = this.meetings
			.list(this.ana.id(), new MeetingFilter(this.zoe, MeetingStatus.PLANNED, null, null), new PageRequest(0, 5))
			.items()
			.get(0);
		assertThat(coffee.startsAt()).isEqualTo(Instant.parse("2026-11-24T09:00:00Z"));
		String invite = page(get(invitePath), this.signedIn);
		assertThat(invite).contains("Invite Zoë Ñúñez 🌱", "mailto:", "invite.ics", "Hi Zoë,");
		MvcResult ics = this.mvc.perform(get(invitePath + ".ics").with(authentication(as(this.signedIn)))).andReturn();
		assertThat(ics.getResponse().getContentType()).startsWith("text/calendar");
		assertThat(ics.getResponse().getContentAsString()).contains("BEGIN:VEVENT", "TZID=Europe/Madrid");
	}

	@Test
	void theMemberPicksTheCoffeesTimeAndPlaceAndThePlaceIsInTheCalendarFile() throws Exception {
		MvcResult planned = this.mvc
			.perform(post("/challenge/suggestions/" + this.zoe + "/plan").param("startsAt", "2026-11-26T17:30")
				.param("place", "Café Gijón")
				.with(authentication(as(this.signedIn)))
				.with(csrf()))
			.andReturn();
		String invitePath = planned.getResponse().getRedirectedUrl();
		MeetingDetails coffee = this.meetings
			.list(this.ana.id(), new MeetingFilter(this.zoe, MeetingStatus.PLANNED, null, null), new PageRequest(0, 5))
			.items()
			.get(0);
		assertThat(coffee.startsAt()).isEqualTo(Instant.parse("2026-11-26T16:30:00Z"));
		assertThat(coffee.place()).isEqualTo("Café Gijón");
		assertThat(page(get(invitePath), this.signedIn)).contains("Thursday 26 November at 17:30 at Café Gijón");
		MvcResult ics = this.mvc.perform(get(invitePath + ".ics").with(authentication(as(this.signedIn)))).andReturn();
		assertThat(ics.getResponse().getContentAsString()).contains("LOCATION:Café Gijón");
	}

	@Test
	void aCoffeeInThePastOrAnUnreadableTimeIsRefusedNamingTheField() throws Exception {
		for (String when : List.of("2020-01-01T10:00", "next tuesday")) {
			MvcResult refused = this.mvc
				.perform(post("/challenge/suggestions/" + this.zoe + "/plan").param("startsAt", when)
					.with(authentication(as(this.signedIn)))
					.with(csrf()))
				.andReturn();
			assertThat(refused.getResponse().getStatus()).isEqualTo(400);
		}
		assertThat(this.meetings
			.list(this.ana.id(), new MeetingFilter(this.zoe, MeetingStatus.PLANNED, null, null), new PageRequest(0, 5))
			.items()).isEmpty();
	}

	@Test
	void dismissingSwapsTheSuggestionsForHtmxAndRedirectsWithoutIt() throws Exception {
		String fragment = page(post("/challenge/suggestions/" + this.zoe + "/dismiss").header("HX-Request", "true"),
				this.signedIn);
		assertThat(fragment).startsWith("<section").contains("will not be suggested again").doesNotContain("<html");
		assertThat(fragment).doesNotContain("data-reason");

		MvcResult plain = this.mvc
			.perform(post("/challenge/suggestions/" + this.zoe + "/dismiss").with(authentication(as(this.signedIn)))
				.with(csrf()))
			.andReturn();
		assertThat(plain.getResponse().getRedirectedUrl()).isEqualTo("/challenge");
	}

	@Test
	void anotherMembersPersonOrMeetingIsNotFound() throws Exception {
		Member bo = this.api.signUp("Bo");
		CurrentMember boSignedIn = new CurrentMember(bo.id(), bo.email(), "Bo", MADRID);
		UUID coffee = this.api.as(this.ana)
			.create("/api/v1/meetings",
					Map.of("personIds", List.of(this.zoe), "kind", "coffee", "startsAt", "2026-11-26T10:30:00+01:00"));

		for (MockHttpServletRequestBuilder request : List.of(post("/challenge/suggestions/" + this.zoe + "/plan"),
				post("/challenge/suggestions/" + this.zoe + "/dismiss"),
				get("/challenge/meetings/" + coffee + "/invite"),
				get("/challenge/meetings/" + coffee + "/invite.ics"))) {
			MvcResult result = this.mvc.perform(request.with(authentication(as(boSignedIn))).with(csrf())).andReturn();
			assertThat(result.getResponse().getStatus()).as(result.getRequest().getRequestURI()).isEqualTo(404);
		}
		assertThat(this.api.as(bo).get("/api/v1/meetings").json().get("total").asLong()).isZero();
	}

	@Test
	void theMeetingPageLinksTheChallengeSteps() throws Exception {
		UUID coffee = this.api.as(this.ana)
			.create("/api/v1/meetings",
					Map.of("personIds", List.of(this.zoe), "kind", "coffee", "startsAt", "2026-11-26T10:30:00+01:00"));

		assertThat(page(get("/meetings/" + coffee), this.signedIn)).contains(
				"/challenge/meetings/" + coffee + "/invite", "/challenge/meetings/" + coffee + "/reflect",
				"/challenge/meetings/" + coffee + "/share");
	}

	@Test
	void aWeekThatSlippedByIsMentionedGentlyOnlyToMembersWithAStreakBehindThem() throws Exception {
		assertThat(page(get("/challenge"), this.signedIn)).doesNotContain("slipped by");

		this.api.as(this.ana)
			.create("/api/v1/meetings", Map.of("personIds", List.of(this.zoe), "kind", "coffee", "startsAt",
					"2026-11-10T10:30:00+01:00", "status", "happened"));

		assertThat(page(get("/challenge"), this.signedIn)).contains("slipped by, and that is fine")
			.contains("no weeks yet in a row");
	}

	@Test
	void changingThePaceToFortnightlyCountsFortnights() throws Exception {
		MvcResult saved = this.mvc
			.perform(post("/challenge/settings").param("goal", "2")
				.param("pace", "fortnightly")
				.with(authentication(as(this.signedIn)))
				.with(csrf()))
			.andReturn();

		assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo("/challenge");
		assertThat(page(get("/challenge"), this.signedIn)).contains("0 of 2 meaningful meetings", "Fortnight",
				"no fortnights yet in a row");
	}

	String page(MockHttpServletRequestBuilder request, CurrentMember member) throws Exception {
		MvcResult result = this.mvc.perform(request.with(authentication(as(member))).with(csrf())).andReturn();
		assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(200);
		return result.getResponse().getContentAsString();
	}

	static UsernamePasswordAuthenticationToken as(CurrentMember member) {
		return UsernamePasswordAuthenticationToken.authenticated(member, null, List.of());
	}

}

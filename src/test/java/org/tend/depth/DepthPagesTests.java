package org.tend.depth;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.tend.accounts.CurrentMember;
import org.tend.ledger.Direction;
import org.tend.ledger.ExchangeKind;
import org.tend.ledger.NewExchange;
import org.tend.meetings.MeetingKind;
import org.tend.meetings.MeetingStatus;
import org.tend.meetings.NewMeeting;
import org.tend.people.Circle;
import org.tend.support.JournalTestCase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The depth card, the circles page and the insights page, as the browser receives them.
 */
@AutoConfigureMockMvc
class DepthPagesTests extends JournalTestCase {

	@Autowired
	MockMvc mvc;

	private CurrentMember ana;

	private UUID zoe;

	private UUID li;

	@BeforeEach
	void journal() {
		this.ana = signUp("Ana");
		LocalDate today = LocalDate.now(this.clock);
		this.zoe = person(this.ana.id(), "Zoë Ñúñez 🌱", Circle.INNER, today.minusDays(400));
		this.li = person(this.ana.id(), "李小龍", null, null);
		this.meetings.create(this.ana.id(), this.ana.zone(),
				new NewMeeting(List.of(this.zoe, this.li), MeetingKind.COFFEE, null,
						this.clock.instant().minus(40, ChronoUnit.DAYS), 90, null, MeetingStatus.HAPPENED, null, null));
		this.ledger.recordExchange(this.ana.id(), new NewExchange(this.zoe, Direction.GIVEN, ExchangeKind.INTRODUCTION,
				"Intro to a seed bank", null, null));
	}

	@Test
	void thePersonPageExplainsTheScoreInWords() throws Exception {
		this.mvc.perform(as(get("/people/" + this.zoe)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"depth-section\"")))
			.andExpect(content().string(containsString("last met 40 days ago")))
			.andExpect(content().string(containsString("about 2 hours together")));
	}

	@Test
	void insightsDrawEveryPictureWithItsTextAlternative() throws Exception {
		String html = this.mvc.perform(as(get("/insights")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("id=\"depth-distribution\"", "id=\"strong-ties\"", "id=\"reciprocity\"",
				"id=\"meeting-calendar\"", "id=\"network\"", "id=\"cooling\"");
		// nobody scores 50 yet: that picture says what will appear instead of empty bars
		assertThat(html.split("<svg", -1)).hasSize(5);
		assertThat(html.split("<desc id=", -1)).hasSize(5);
		assertThat(html).contains("the people whose depth reaches 50 appear here");
		assertThat(html).contains("class=\"visually-hidden\"", "Zoë Ñúñez 🌱, Inner circle").doesNotContain("style=");
		// Zoë is past her inner-circle cadence: one click plans the next meeting
		assertThat(html).contains("/meetings/new?personId=" + this.zoe);
	}

	@Test
	void insightsOfAnEmptyJournalSayWhatWillAppearAndOfferTheFirstStep() throws Exception {
		CurrentMember newcomer = signUp("Noor");
		String html = this.mvc.perform(get("/insights").with(signedIn(newcomer)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		// no empty axes, no rows of zeros: words and a link for each picture
		assertThat(html).doesNotContain("<svg", "<table");
		assertThat(html.split("class=\"chart-empty\"", -1)).hasSize(6);
		assertThat(html).contains("Each person you add appears here", "href=\"/people/new\"", "Add your first person",
				"href=\"/meetings/new\"", "Choose a person to note help");
	}

	@Test
	void acceptingASuggestedCircleMovesThePerson() throws Exception {
		this.mvc.perform(as(get("/circles")))
			.andExpect(status().isOk())
			// two people met once, some weeks ago: active, not inner (depth earns a
			// circle)
			.andExpect(content().string(containsString("Suggested: Active")))
			.andExpect(content().string(not(containsString("Suggested: Inner"))));
		this.mvc.perform(as(post("/circles/" + this.li).param("circle", "inner")).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/circles?moved=%E6%9D%8E%E5%B0%8F%E9%BE%8D#main"));
		assertThat(this.people.summary(this.ana.id(), this.li).orElseThrow().circle()).isEqualTo(Circle.INNER);
	}

	@Test
	void warnsWhenACircleGrowsPastItsSoftLimit() throws Exception {
		for (int i = 0; i < 5; i++) {
			person(this.ana.id(), "Amélie " + i, Circle.INNER, null);
		}
		this.mvc.perform(as(get("/circles")))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(containsString("Your Inner circle holds 6 people; about 5 can be kept that close.")));
	}

	@Test
	void anotherMembersPersonCannotBeMoved() throws Exception {
		CurrentMember bo = signUp("Bo");
		this.mvc.perform(post("/circles/" + this.li).param("circle", "inner").with(signedIn(bo)).with(csrf()))
			.andExpect(status().isNotFound());
		assertThat(this.people.summary(this.ana.id(), this.li).orElseThrow().circle()).isNull();
	}

	private MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request) {
		return request.with(signedIn(this.ana));
	}

}

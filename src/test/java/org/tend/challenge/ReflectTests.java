package org.tend.challenge;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.JsonNode;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.tend.accounts.CurrentMember;
import org.tend.support.JsonApi.Member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** The reflection that captures promises and exchanges in one transaction. */
class ReflectTests extends AnaInMadrid {

	private UUID zoe;

	private UUID li;

	private UUID coffee;

	@BeforeEach
	void meeting() {
		this.zoe = this.api.as(this.ana).create("/api/v1/people", Map.of("name", "Zoë Ñúñez 🌱"));
		this.li = this.api.as(this.ana).create("/api/v1/people", Map.of("name", "李小龍"));
		this.coffee = this.api.as(this.ana)
			.create("/api/v1/meetings",
					Map.of("personIds", List.of(this.zoe), "kind", "coffee", "startsAt", "2026-11-24T10:00:00+01:00"));
		// the day after the coffee
		this.clock.advance(Duration.ofDays(2));
	}

	@Test
	void savesTheReflectionWithItsPromisesAndExchanges() throws Exception {
		String form = page(get("/challenge/meetings/" + this.coffee + "/reflect"));
		assertThat(form).contains("promises[2].text", "exchanges[2].description");

		MvcResult saved = perform(reflect().param("learned", "She is moving the lab to València")
			.param("promises[0].text", "Send her the slow networking essay")
			.param("promises[0].owner", "me")
			.param("promises[0].due", "2026-12-01")
			.param("promises[1].text", "Introduce me to her editor")
			.param("promises[1].owner", "them")
			.param("exchanges[0].description", "Pricing advice for the pilot, 3 ideas")
			.param("exchanges[0].direction", "given")
			.param("exchanges[0].kind", "advice"));

		assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo("/meetings/" + this.coffee);
		JsonNode meeting = this.api.as(this.ana).get("/api/v1/meetings/" + this.coffee).json();
		assertThat(meeting.get("status").asString()).isEqualTo("happened");
		assertThat(meeting.get("reflection").get("learned").asString()).isEqualTo("She is moving the lab to València");
		JsonNode promises = this.api.as(this.ana).get("/api/v1/promises?personId=" + this.zoe).json().get("items");
		assertThat(promises).hasSize(2);
		assertThat(promises.get(0).get("text").asString()).isEqualTo("Send her the slow networking essay");
		assertThat(promises.get(0).get("due").asString()).isEqualTo("2026-12-01");
		assertThat(promises.get(0).get("meetingId").asString()).isEqualTo(this.coffee.toString());
		assertThat(promises.get(1).get("owner").asString()).isEqualTo("them");
		JsonNode exchanges = this.api.as(this.ana).get("/api/v1/exchanges?personId=" + this.zoe).json().get("items");
		assertThat(exchanges).hasSize(1);
		assertThat(exchanges.get(0).get("description").asString()).isEqualTo("Pricing advice for the pilot, 3 ideas");
		assertThat(exchanges.get(0).get("on").asString()).isEqualTo("2026-11-24");
	}

	@Test
	void aLineThatCannotBeReadSavesNothingAndShowsWhy() throws Exception {
		MvcResult result = perform(reflect().param("learned", "Lots")
			.param("promises[0].text", "Send the essay")
			.param("promises[0].due", "someday"));

		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		assertThat(result.getResponse().getContentAsString()).contains("Nothing was saved", "promise 1",
				"Send the essay", "Lots");
		nothingSaved();
	}

	@Test
	void aLineTheLedgerRefusesRollsBackTheLinesAlreadyWritten() throws Exception {
		// the promise is written first, then the exchange names someone not met
		MvcResult result = perform(reflect().param("learned", "Lots")
			.param("promises[0].text", "Send the essay")
			.param("exchanges[0].description", "An intro")
			.param("exchanges[0].personId", this.li.toString()));

		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		assertThat(result.getResponse().getContentAsString()).contains("Nothing was saved",
				"Not one of the people of this meeting");
		nothingSaved();
		assertThat(this.api.as(this.ana).get("/api/v1/exchanges").json().get("total").asLong()).isZero();
	}

	@Test
	void aRowIndexBeyondWhatTheFormBindsIsABadRequest() throws Exception {
		MvcResult result = perform(reflect().param("promises[256].text", "Send the essay"));

		assertThat(result.getResponse().getStatus()).isEqualTo(400);
		nothingSaved();
	}

	@Test
	void tooLongATextIsRefusedWithNothingSaved() throws Exception {
		MvcResult result = perform(reflect().param("promises[0].text", "x".repeat(1001)));

		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		assertThat(result.getResponse().getContentAsString()).contains("Nothing was saved", "promises[0].text");
		nothingSaved();
	}

	@Test
	void anotherMembersMeetingIsNotFound() throws Exception {
		Member bo = this.api.signUp("Bo");
		CurrentMember boSignedIn = new CurrentMember(bo.id(), bo.email(), "Bo", ChallengePagesTests.MADRID);

		for (MockHttpServletRequestBuilder request : List.of(get("/challenge/meetings/" + this.coffee + "/reflect"),
				post("/challenge/meetings/" + this.coffee + "/reflect").param("learned", "Intruder"))) {
			MvcResult result = this.mvc
				.perform(request.with(authentication(ChallengePagesTests.as(boSignedIn))).with(csrf()))
				.andReturn();
			assertThat(result.getResponse().getStatus()).isEqualTo(404);
		}
		nothingSaved();
	}

	private void nothingSaved() {
		JsonNode meeting = this.api.as(this.ana).get("/api/v1/meetings/" + this.coffee).json();
		assertThat(meeting.get("status").asString()).isEqualTo("planned");
		assertThat(meeting.get("reflection").path("learned").isNull()
				|| meeting.get("reflection").path("learned").isMissingNode())
			.isTrue();
		assertThat(this.api.as(this.ana).get("/api/v1/promises").json().get("total").asLong()).isZero();
	}

	private MockHttpServletRequestBuilder reflect() {
		return post("/challenge/meetings/" + this.coffee + "/reflect");
	}

	private MvcResult perform(MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request.with(authentication(ChallengePagesTests.as(this.signedIn))).with(csrf()))
			.andReturn();
	}

	private String page(MockHttpServletRequestBuilder request) throws Exception {
		MvcResult result = perform(request);
		assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(200);
		return result.getResponse().getContentAsString();
	}

}

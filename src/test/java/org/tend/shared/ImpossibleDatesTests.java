package org.tend.shared;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.tend.accounts.AccountsService;
import org.tend.accounts.CurrentMember;
import org.tend.support.JsonApi;
import org.tend.support.JsonApi.Member;
import org.tend.support.JsonApi.Reply;
import org.tend.support.JsonApi.Upload;
import org.tend.support.TravelClock;
import org.tend.support.TravelClock.Travel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The dates that cannot be true (docs/decisions/0026), refused alike by the API, the
 * pages and the importers, each naming the field and the range allowed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@Import(TravelClock.class)
class ImpossibleDatesTests {

	private static final String RANGE = "Enter a date between 23 Nov 1946 and 23 Nov 2026.";

	@LocalServerPort
	int port;

	@Autowired
	MockMvc mvc;

	@Autowired
	Travel clock;

	@Autowired
	AccountsService accounts;

	private JsonApi api;

	private Member zoe;

	private UUID ana;

	@BeforeEach
	void member() {
		this.clock.set(Instant.parse("2026-11-23T09:00:00Z"));
		this.api = new JsonApi(this.port);
		this.zoe = this.api.signUp("Zoë Ñúñez 🌱");
		this.ana = UUID.fromString(apiPost("/api/v1/people", Map.of("name", "Ana Lúcia")).json().get("id").asString());
	}

	@Test
	void apiRefusesAMeetingThatHappenedTomorrowOrIn1901() {
		Reply tomorrow = apiPost("/api/v1/meetings", meeting("happened", "2026-11-24T09:00:00Z"));
		Reply longAgo = apiPost("/api/v1/meetings", meeting("happened", "1901-06-01T09:00:00Z"));

		assertThat(tomorrow.status()).isEqualTo(400);
		assertThat(tomorrow.badFields()).containsExactly("startsAt");
		assertThat(tomorrow.json().get("detail").asString()).startsWith(RANGE);
		assertThat(longAgo.status()).isEqualTo(400);
		assertThat(longAgo.json().get("detail").asString()).isEqualTo(RANGE);
		assertThat(apiPost("/api/v1/meetings", meeting("happened", "2026-11-23T09:03:00Z")).status()).isEqualTo(201);
		assertThat(apiPost("/api/v1/meetings", meeting("planned", "2026-11-24T09:00:00Z")).status()).isEqualTo(201);
		assertThat(this.api.call("GET", "/api/v1/meetings", this.zoe.token(), null).json().get("total").asLong())
			.isEqualTo(2);
	}

	@Test
	void apiRefusesMarkingAFutureMeetingAsHappened() {
		String id = apiPost("/api/v1/meetings", meeting("planned", "2026-11-30T09:00:00Z")).json().get("id").asString();

		Reply patched = this.api.call("PATCH", "/api/v1/meetings/" + id, this.zoe.token(),
				Map.of("status", "happened"));

		assertThat(patched.status()).isEqualTo(400);
		assertThat(patched.badFields()).containsExactly("startsAt");
	}

	@Test
	void apiRefusesAFirstMeetingDateInTheFutureOrTooLongAgo() {
		Reply future = apiPost("/api/v1/people", Map.of("name", "Bea", "metOn", "2031-01-01"));
		Reply old = apiPost("/api/v1/people", Map.of("name", "Bea", "metOn", "1900-01-01"));

		assertThat(future.status()).isEqualTo(400);
		assertThat(future.badFields()).containsExactly("metOn");
		assertThat(future.body()).contains("Enter a date between 23 Nov 1946 and 23 Nov 2026");
		assertThat(old.status()).isEqualTo(400);
		assertThat(this.api.call("PATCH", "/api/v1/people/" + this.ana, this.zoe.token(), Map.of("metOn", "2031-01-01"))
			.status()).isEqualTo(400);
	}

	@Test
	void apiRefusesHelpDatedInTheFutureAndADueDayCenturiesAhead() {
		Reply help = apiPost("/api/v1/exchanges", Map.of("personId", this.ana, "direction", "given", "kind", "advice",
				"description", "Pricing advice", "on", "2026-12-24"));
		Reply promise = apiPost("/api/v1/promises",
				Map.of("personId", this.ana, "owner", "me", "text", "Send the article", "due", "2526-01-01"));

		assertThat(help.status()).isEqualTo(400);
		assertThat(help.badFields()).containsExactly("on");
		assertThat(promise.status()).isEqualTo(400);
		assertThat(promise.badFields()).containsExactly("due");
		assertThat(apiPost("/api/v1/promises",
				Map.of("personId", this.ana, "owner", "me", "text", "Send the article", "due", "2026-12-24"))
			.status()).isEqualTo(201);
	}

	@Test
	void personFormTellsTheRangeForAYearOfFiveDigits() throws Exception {
		this.mvc.perform(as(post("/people").param("name", "Bea").param("metOn", "20255-01-01")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Enter a date between 23 Nov 1946 and 23 Nov 2026")))
			.andExpect(content().string(not(containsString("Enter a date.</"))));
	}

	@Test
	void meetingFormRefusesAMeetingThatHappenedTomorrow() throws Exception {
		this.mvc
			.perform(as(post("/meetings").param("personIds", this.ana.toString())
				.param("kind", "coffee")
				.param("status", "happened")
				.param("startsAt", "2026-11-24T10:00")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(RANGE)));
		this.mvc
			.perform(as(post("/meetings").param("personIds", this.ana.toString())
				.param("kind", "coffee")
				.param("status", "planned")
				.param("startsAt", "20255-11-24T10:00")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Enter a date between 23 Nov 1946 and 23 Nov 2036.")));
	}

	@Test
	void exchangeFormRefusesHelpDatedInTheFuture() throws Exception {
		this.mvc
			.perform(as(post("/people/{id}/exchanges", this.ana).header("HX-Request", "true")
				.param("direction", "GIVEN")
				.param("kind", "ADVICE")
				.param("description", "Pricing advice")
				.param("on", "2027-01-01")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(RANGE)));
	}

	@Test
	void aPlannedMeetingWhoseTimeHasPassedWaitsForAReflection() throws Exception {
		apiPost("/api/v1/meetings", meeting("planned", "2026-11-24T09:00:00Z"));
		this.clock.set(Instant.parse("2026-11-25T09:00:00Z"));

		this.mvc.perform(as(get("/meetings")))
			.andExpect(content().string(containsString("Waiting for your reflection")))
			.andExpect(content().string(not(containsString(">Planned<"))));
		this.mvc.perform(as(get("/people/{id}", this.ana)))
			.andExpect(content().string(containsString("Waiting for your reflection")));
	}

	@Test
	void linkedInImportNamesTheLineOfAConnectionDateInTheFuture() {
		String file = """
				Notes:
				"When exporting your connection data, you may notice that some of the email addresses are missing."

				First Name,Last Name,URL,Email Address,Company,Position,Connected On
				Amara,Okafor,https://www.linkedin.com/in/amaraokafor,,Lagos Fintech Hub,Founder,3 Mar 2024
				Zoë,Ñúñez 🌱,https://www.linkedin.com/in/zoe-nunez,,Verdant Labs,Research,22 Dec 2031
				""";

		Reply preview = apiPost("/api/v1/imports",
				new Upload("Connections.csv", file.getBytes(StandardCharsets.UTF_8)));

		assertThat(preview.status()).isEqualTo(400);
		assertThat(preview.json().get("line").asInt()).isEqualTo(6);
		assertThat(preview.json().get("reason").asString()).contains("Connected On")
			.contains("Enter a date between 23 Nov 1946 and 23 Nov 2026");
	}

	@Test
	void googleImportNamesTheLineOfAMetOnDateTooLongAgo() {
		String file = "Name,Given Name,Family Name,E-mail 1 - Value,Met On\n"
				+ "Amara Okafor,Amara,Okafor,amara@example.org,1899-03-01\n";

		Reply preview = apiPost("/api/v1/imports", new Upload("contacts.csv", file.getBytes(StandardCharsets.UTF_8)));

		assertThat(preview.status()).isEqualTo(400);
		assertThat(preview.json().get("line").asInt()).isEqualTo(2);
		assertThat(preview.json().get("reason").asString()).contains("Met On");
	}

	@Test
	void tendExportImportNamesTheMeetingThatHappenedInTheFuture() throws Exception {
		String export;
		try (var in = getClass().getResourceAsStream("/interchange/tend-export.json")) {
			export = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		String future = export.replace("\"startsAt\" : \"2025-11-20T08:30:00Z\"",
				"\"startsAt\" : \"2027-11-20T08:30:00Z\"");
		assertThat(future).isNotEqualTo(export);

		Reply preview = apiPost("/api/v1/imports",
				new Upload("tend-export.json", future.getBytes(StandardCharsets.UTF_8)));

		assertThat(preview.status()).isEqualTo(400);
		assertThat(preview.json().get("reason").asString()).contains("meeting 0b9b3f3e-6a0e-4f57-9f7e-1c1d8e2a0201",
				"startsAt", "Enter a date between");
		assertThat(apiPost("/api/v1/imports", new Upload("tend-export.json", export.getBytes(StandardCharsets.UTF_8)))
			.status()).isEqualTo(200);
	}

	private Reply apiPost(String path, Object body) {
		return this.api.call("POST", path, this.zoe.token(), body);
	}

	private Map<String, Object> meeting(String status, String startsAt) {
		return Map.of("personIds", List.of(this.ana), "kind", "coffee", "status", status, "startsAt", startsAt);
	}

	private MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request) {
		var account = this.accounts.findById(this.zoe.id()).orElseThrow();
		CurrentMember member = new CurrentMember(account.id(), account.email(), account.displayName(), account.zone());
		return request.with(authentication(UsernamePasswordAuthenticationToken.authenticated(member, null, List.of())))
			.with(csrf());
	}

}

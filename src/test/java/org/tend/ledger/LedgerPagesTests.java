package org.tend.ledger;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.tend.accounts.CurrentMember;
import org.tend.support.TravelClock;
import org.tend.support.SmallJournal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

@SpringBootTest
@AutoConfigureMockMvc
@Import(TravelClock.class)
class LedgerPagesTests {

	@Autowired
	TravelClock.Travel clock;

	private static final LocalDate TODAY = LocalDate.of(2026, 3, 11);

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	LedgerService ledger;

	private CurrentMember ana;

	private UUID zoe;

	@BeforeEach
	void journal() {
		this.clock.set(LedgerApiTests.NOW);
		SmallJournal rows = new SmallJournal(this.jdbc);
		UUID id = rows.account("Ana");
		this.ana = new CurrentMember(id, id + "@example.org", "Ana", ZoneId.of("Europe/Madrid"));
		this.zoe = rows.person(id, "Zoë Ñúñez 🌱");
	}

	@Test
	void aPlainExchangePostIsRecordedAndRedirectsToThePerson() throws Exception {
		this.mvc
			.perform(as(post("/people/{id}/exchanges", this.zoe)).param("direction", "given")
				.param("kind", "introduction")
				.param("description", "Introduced Zoë to the soil carbon team")
				.param("on", ""))
			.andExpect(redirectedUrl("/people/" + this.zoe + "#ledger-section"));

		assertThat(this.ledger.exchangesOf(this.ana.id(), this.zoe)).singleElement().satisfies((exchange) -> {
			assertThat(exchange.kind()).isEqualTo(ExchangeKind.INTRODUCTION);
			assertThat(exchange.on()).isEqualTo(TODAY);
		});
	}

	@Test
	void anHtmxExchangePostAnswersTheSectionAgain() throws Exception {
		this.ledger.recordExchange(this.ana.id(), new NewExchange(this.zoe, Direction.RECEIVED, ExchangeKind.FEEDBACK,
				"Feedback on my talk", null, null));

		String html = this.mvc
			.perform(htmx(post("/people/{id}/exchanges", this.zoe)).param("direction", "given")
				.param("kind", "advice")
				.param("description", "Pricing advice for her studio")
				.param("on", "2026-03-01"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(html).doesNotContain("<html")
			.contains("id=\"ledger-section\"")
			.contains("You’ve helped each other twice: you gave once and received once.")
			.contains("Pricing advice for her studio")
			.contains("You gave Zoë Ñúñez 🌱 advice")
			.contains("Zoë Ñúñez 🌱 gave you feedback");
	}

	@Test
	void badExchangeInputIsShownAgainWithMessagesAndNothingIsSaved() throws Exception {
		this.mvc
			.perform(as(post("/people/{id}/exchanges", this.zoe)).param("direction", "given")
				.param("kind", "advice")
				.param("description", "  "))
			.andExpect(status().isOk())
			.andExpect(view().name("ledger/person"))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Say what happened.")));

		String fragment = this.mvc
			.perform(htmx(post("/people/{id}/exchanges", this.zoe)).param("direction", "given")
				.param("kind", "bribe")
				.param("description", "Kept this text"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(fragment).doesNotContain("<html")
			.contains("Choose one of the kinds of help listed.")
			.contains("Kept this text")
			.contains("aria-invalid=\"true\"");
		// the message shows once, under its field; the alert only says nothing was saved
		assertThat(fragment.split("Choose one of the kinds of help listed.", -1)).hasSize(2);
		assertThat(fragment).contains("Not saved yet: see the message under the field.");
		assertThat(this.ledger.exchangesOf(this.ana.id(), this.zoe)).isEmpty();
	}

	@Test
	void aPromiseIsAddedThenKeptInline() throws Exception {
		this.mvc
			.perform(as(post("/people/{id}/promises", this.zoe)).param("owner", "me")
				.param("text", "Send the article on soil carbon")
				.param("due", "2026-03-20"))
			.andExpect(redirectedUrl("/people/" + this.zoe + "#ledger-section"));
		Promise promise = this.ledger.openPromisesOf(this.ana.id(), this.zoe).get(0);

		String html = this.mvc
			.perform(htmx(post("/people/{p}/promises/{id}/status", this.zoe, promise.id())).param("status", "kept"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(html).contains("Send the article on soil carbon").contains(">kept<").contains(">Reopen<");
		assertThat(this.ledger.promise(this.ana.id(), promise.id()).closedAt()).isEqualTo(LedgerApiTests.NOW);
	}

	@Test
	void badPromiseInputIsShownAgainInTheFragment() throws Exception {
		String html = this.mvc
			.perform(htmx(post("/people/{id}/promises", this.zoe)).param("owner", "me").param("text", "x".repeat(1001)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(html).contains("Keep it under 1000 characters.").contains("<details class=\"ledger-add\" open");
		assertThat(this.ledger.openPromisesOf(this.ana.id(), this.zoe)).isEmpty();
	}

	@Test
	void theSectionShowsWhoOwesWhatWithOverdueOnesMarked() throws Exception {
		this.ledger.makePromise(this.ana.id(),
				new NewPromise(this.zoe, PromiseOwner.THEM, "Intro to her editor", TODAY.minusDays(2), null, null));

		this.mvc.perform(as(get("/people/{id}/ledger", this.zoe)))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Zoë Ñúñez 🌱 owes you")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("badge overdue")));
	}

	@Test
	void anotherMembersPersonIsNotFound() throws Exception {
		UUID bo = new SmallJournal(this.jdbc).account("Bo");
		UUID bosPerson = new SmallJournal(this.jdbc).person(bo, "李小龍");

		this.mvc
			.perform(as(post("/people/{id}/exchanges", bosPerson)).param("direction", "given")
				.param("kind", "advice")
				.param("description", "Advice"))
			.andExpect(status().isNotFound());
		this.mvc.perform(as(get("/people/{id}/ledger", bosPerson))).andExpect(status().isNotFound());
		assertThat(this.jdbc.sql("select count(*) from exchange where owner_id = :owner")
			.param("owner", this.ana.id())
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void thePromisesPageListsOverdueFirstAndLetsThemBeKept() throws Exception {
		UUID li = new SmallJournal(this.jdbc).person(this.ana.id(), "李小龍");
		this.ledger.makePromise(this.ana.id(),
				new NewPromise(this.zoe, PromiseOwner.ME, "Send the slides", TODAY.plusDays(3), null, null));
		Promise overdue = this.ledger.makePromise(this.ana.id(),
				new NewPromise(li, PromiseOwner.THEM, "Share the hiring plan", TODAY.minusDays(1), null, null));

		String page = this.mvc.perform(as(get("/promises")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page.indexOf("Share the hiring plan")).isPositive().isLessThan(page.indexOf("Send the slides"));
		assertThat(page).contains("李小龍 owes you").contains("You owe Zoë Ñúñez 🌱").contains("badge overdue");

		String list = this.mvc
			.perform(htmx(post("/promises/{id}/status", overdue.id())).param("status", "kept").param("page", "0"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(list).doesNotContain("<html").contains("Send the slides").doesNotContain("Share the hiring plan");

		this.mvc.perform(as(post("/promises/{id}/status", overdue.id())).param("status", "dropped"))
			.andExpect(redirectedUrl("/promises"));
		assertThat(this.ledger.promise(this.ana.id(), overdue.id()).status()).isEqualTo(PromiseStatus.DROPPED);
	}

	@Test
	void anotherMembersPromiseCannotBeClosedFromThePages() throws Exception {
		UUID bo = new SmallJournal(this.jdbc).account("Bo");
		UUID bosPerson = new SmallJournal(this.jdbc).person(bo, "李小龍");
		Promise theirs = this.ledger.makePromise(bo,
				new NewPromise(bosPerson, PromiseOwner.ME, "Bo's promise", null, null, null));

		this.mvc.perform(as(post("/promises/{id}/status", theirs.id())).param("status", "kept"))
			.andExpect(status().isNotFound());
		this.mvc.perform(as(post("/people/{p}/promises/{id}/status", this.zoe, theirs.id())).param("status", "kept"))
			.andExpect(status().isNotFound());
		assertThat(this.ledger.promise(bo, theirs.id()).status()).isEqualTo(PromiseStatus.OPEN);
	}

	private MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request) {
		return request
			.with(authentication(UsernamePasswordAuthenticationToken.authenticated(this.ana, null, List.of())))
			.with(csrf());
	}

	private MockHttpServletRequestBuilder htmx(MockHttpServletRequestBuilder request) {
		return as(request).header("HX-Request", "true");
	}

}

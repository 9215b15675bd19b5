package org.tend.people;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.tend.accounts.Account;
import org.tend.accounts.AccountsService;
import org.tend.accounts.CurrentMember;
import org.tend.accounts.SignUp;
import org.tend.shared.PageRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The people pages as a signed-in member's browser sees them, with and without htmx. */
@SpringBootTest
@AutoConfigureMockMvc
class PeoplePagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	PeopleService people;

	@Autowired
	AccountsService accounts;

	CurrentMember zoe;

	@BeforeEach
	void signIn() {
		this.zoe = member("Zoë");
	}

	@Test
	void listShowsPeopleWithTheirCircleDueBadgeAndCircleWarnings() throws Exception {
		for (int i = 1; i <= 6; i++) {
			this.people.create(this.zoe.id(), input("Inner friend " + i, Circle.INNER, null));
		}
		this.people.create(this.zoe.id(),
				input("Zoë Ñúñez 🌱", Circle.CLOSE, LocalDate.now(ZoneOffset.UTC).minusYears(1)));

		this.mvc.perform(as(this.zoe, get("/people")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Zoë Ñúñez 🌱")))
			.andExpect(content().string(not(containsString("Overdue by"))))
			.andExpect(content().string(containsString("Not met yet")))
			.andExpect(content().string(containsString("Your Inner circle holds 6 people")))
			.andExpect(content().string(containsString("7 people")));
	}

	@Test
	void listFiltersAndAnswersHtmxWithTheResultsOnly() throws Exception {
		this.people.create(this.zoe.id(), input("José Álvarez", Circle.INNER, null));
		this.people.create(this.zoe.id(), input("Bea Ortiz", Circle.WIDER, null));

		this.mvc.perform(as(this.zoe, get("/people").param("q", "jose").header("HX-Request", "true")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("José Álvarez")))
			.andExpect(content().string(not(containsString("Bea Ortiz"))))
			.andExpect(content().string(not(containsString("<html"))));
		this.mvc.perform(as(this.zoe, get("/people").param("circle", "wider").param("sort", "due")))
			.andExpect(content().string(containsString("Bea Ortiz")))
			.andExpect(content().string(not(containsString("José Álvarez"))))
			.andExpect(content().string(containsString("<html")));
	}

	@Test
	void addFormIsShownAgainWithMessagesOnBadInputAndSavesNothing() throws Exception {
		this.mvc
			.perform(as(this.zoe,
					post("/people").param("name", "  ")
						.param("emails", "ok@example.org, nope")
						.param("links", "ftp://example.org")
						.param("cadenceDays", "soon")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Enter a number of days.")));

		this.mvc
			.perform(as(this.zoe,
					post("/people").param("name", "  ")
						.param("emails", "ok@example.org, nope")
						.param("links", "ftp://example.org")
						.param("howWeMet", "x".repeat(2001))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Enter a name.")))
			.andExpect(content().string(containsString("“nope”: Enter email addresses like name@example.org.")))
			.andExpect(content().string(containsString("“ftp://example.org”: Enter web addresses")))
			.andExpect(content().string(containsString("Keep it to 2000 characters or fewer.")))
			.andExpect(content().string(containsString("ok@example.org, nope")));

		assertThat(
				this.people.list(this.zoe.id(), PeopleQuery.everyone(PeopleSort.NAME), new PageRequest(0, 10)).total())
			.isZero();
	}

	@Test
	void addingAPersonLeadsToTheirPage() throws Exception {
		String location = this.mvc
			.perform(as(this.zoe,
					post("/people").param("name", "Ana Lima")
						.param("tags", "Climate, hiring\ndesign")
						.param("emails", "ana@acme.example\nana@home.example")
						.param("circle", "CLOSE")))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();

		PersonDetails ana = this.people.details(this.zoe.id(), UUID.fromString(location.substring(8)));
		assertThat(ana.tags()).containsExactly("climate", "design", "hiring");
		assertThat(ana.emails()).containsExactly("ana@acme.example", "ana@home.example");
		assertThat(ana.circle()).isEqualTo(Circle.CLOSE);
	}

	@Test
	void editFormShowsTheCurrentValuesAndSavesChanges() throws Exception {
		PersonDetails ana = this.people.create(this.zoe.id(), new PersonInput("Ana Lima", "Acme", null, null,
				List.of("ana@acme.example"), null, null, List.of("climate"), Circle.ACTIVE, null, null, null));

		this.mvc.perform(as(this.zoe, get("/people/{id}/edit", ana.id())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"Acme\"")))
			.andExpect(content().string(containsString("ana@acme.example")));
		this.mvc.perform(as(this.zoe,
				post("/people/{id}", ana.id()).param("name", "Ana Lima").param("company", "Beta").param("tags", "")))
			.andExpect(redirectedUrl("/people/" + ana.id()));

		PersonDetails saved = this.people.details(this.zoe.id(), ana.id());
		assertThat(saved.company()).isEqualTo("Beta");
		assertThat(saved.tags()).isEmpty();
		assertThat(saved.circle()).isNull();
	}

	@Test
	void personPageShowsProfileNotesByKindAndContributedSections() throws Exception {
		PersonDetails ana = this.people.create(this.zoe.id(), input("Ana Lima", Circle.CLOSE, null));
		this.people.addNote(this.zoe.id(), ana.id(), new NewNote(NoteKind.PROJECT, "Building a seed bank", null),
				this.zoe.zone());
		this.people.addNote(this.zoe.id(), ana.id(),
				new NewNote(NoteKind.CHALLENGE, "Hiring a first engineer", LocalDate.parse("2026-03-01")),
				this.zoe.zone());

		this.mvc.perform(as(this.zoe, get("/people/{id}", ana.id())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Ana Lima")))
			.andExpect(content().string(containsString("Projects")))
			.andExpect(content().string(containsString("Building a seed bank")))
			.andExpect(content().string(containsString("Challenges")))
			.andExpect(content().string(containsString("1 Mar 2026")))
			.andExpect(content().string(containsString("Every 30 days")))
			.andExpect(content().string(containsString("Test section")))
			.andExpect(content().string(containsString("section data for " + ana.id())));
	}

	@Test
	void addsANoteInlineWithHtmxAndByAPlainPost() throws Exception {
		PersonDetails ana = this.people.create(this.zoe.id(), input("Ana Lima", null, null));

		this.mvc
			.perform(as(this.zoe,
					post("/people/{id}/notes", ana.id()).header("HX-Request", "true")
						.param("kind", "ASPIRATION")
						.param("text", "Wants to run a lab")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Wants to run a lab")))
			.andExpect(content().string(containsString("Aspirations")))
			.andExpect(content().string(not(containsString("<html"))));
		this.mvc
			.perform(as(this.zoe,
					post("/people/{id}/notes", ana.id()).param("kind", "PROJECT").param("text", "Seed bank")))
			.andExpect(redirectedUrl("/people/" + ana.id() + "#notes"));

		assertThat(this.people.notes(this.zoe.id(), ana.id())).extracting(ListeningNote::text)
			.containsExactlyInAnyOrder("Wants to run a lab", "Seed bank");
	}

	@Test
	void showsTheNoteFormAgainWhenTheTextIsMissing() throws Exception {
		PersonDetails ana = this.people.create(this.zoe.id(), input("Ana Lima", null, null));

		this.mvc.perform(as(this.zoe, post("/people/{id}/notes", ana.id()).param("kind", "PROJECT").param("text", " ")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Write what you learned.")))
			.andExpect(content().string(containsString("<html")));
		this.mvc
			.perform(as(this.zoe,
					post("/people/{id}/notes", ana.id()).header("HX-Request", "true")
						.param("kind", "PROJECT")
						.param("text", "x".repeat(4001))))
			.andExpect(content().string(containsString("Keep it to 4000 characters or fewer.")));

		assertThat(this.people.notes(this.zoe.id(), ana.id())).isEmpty();
	}

	@Test
	void deletesANote() throws Exception {
		PersonDetails ana = this.people.create(this.zoe.id(), input("Ana Lima", null, null));
		ListeningNote note = this.people.addNote(this.zoe.id(), ana.id(),
				new NewNote(NoteKind.OTHER, "Plays chess", null), this.zoe.zone());

		this.mvc
			.perform(as(this.zoe,
					post("/people/{id}/notes/{noteId}/delete", ana.id(), note.id()).header("HX-Request", "true")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Plays chess"))));

		assertThat(this.people.notes(this.zoe.id(), ana.id())).isEmpty();
	}

	@Test
	void deletingAPersonAsksFirst() throws Exception {
		PersonDetails ana = this.people.create(this.zoe.id(), input("Ana Lima", null, null));

		this.mvc.perform(as(this.zoe, get("/people/{id}/delete", ana.id())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Delete Ana Lima?")));
		this.mvc.perform(as(this.zoe, post("/people/{id}/delete", ana.id()))).andExpect(redirectedUrl("/people"));

		assertThat(this.people.summary(this.zoe.id(), ana.id())).isEmpty();
	}

	@Test
	void anotherMembersPersonIsNotFound() throws Exception {
		PersonDetails ana = this.people.create(this.zoe.id(), input("Ana Lima", null, null));
		CurrentMember sam = member("Sam");

		this.mvc.perform(as(sam, get("/people/{id}", ana.id()))).andExpect(status().isNotFound());
		this.mvc.perform(as(sam, get("/people/{id}/edit", ana.id()))).andExpect(status().isNotFound());
		this.mvc.perform(as(sam, post("/people/{id}", ana.id()).param("name", "Taken")))
			.andExpect(status().isNotFound());
		this.mvc.perform(as(sam, post("/people/{id}/notes", ana.id()).param("kind", "OTHER").param("text", "x")))
			.andExpect(status().isNotFound());
		this.mvc.perform(as(sam, post("/people/{id}/delete", ana.id()))).andExpect(status().isNotFound());

		assertThat(this.people.details(this.zoe.id(), ana.id()).name()).isEqualTo("Ana Lima");
	}

	@Test
	void searchSnippetsLinkToTheirEntryAndShowTheSameTextOnce() throws Exception {
		PersonDetails ana = this.people.create(this.zoe.id(), input("Ana Lima", null, null));
		for (int i = 0; i < 2; i++) {
			this.people.addNote(this.zoe.id(), ana.id(), new NewNote(NoteKind.PROJECT, "Mapping café farms", null),
					this.zoe.zone());
		}
		String html = this.mvc.perform(as(this.zoe, get("/search").param("q", "farm")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html.split("<mark>farms</mark>", -1)).hasSize(2);
		assertThat(html).containsPattern("href=\"/people/" + ana.id() + "#note-[0-9a-f-]{36}\"");
	}

	@Test
	void searchPageShowsWhoMatchedAndWhere() throws Exception {
		PersonDetails ana = this.people.create(this.zoe.id(), input("Ana Lima", null, null));
		this.people.addNote(this.zoe.id(), ana.id(), new NewNote(NoteKind.PROJECT, "Mapping café farms", null),
				this.zoe.zone());

		this.mvc.perform(as(this.zoe, get("/search").param("q", "cafe")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Ana Lima")))
			.andExpect(content().string(containsString("Mapping <mark>café</mark> farms")))
			.andExpect(content().string(containsString(">Note<")))
			.andExpect(content().string(containsString("/people/" + ana.id())));
	}

	@Test
	void searchExcerptsAreEscapedAroundTheMarkedWords() throws Exception {
		PersonDetails ana = this.people.create(this.zoe.id(), input("Ana Lima", null, null));
		this.people.addNote(this.zoe.id(), ana.id(),
				new NewNote(NoteKind.PROJECT, "<script>alert(1)</script> farms & \"fields\"", null), this.zoe.zone());

		String html = this.mvc.perform(as(this.zoe, get("/search").param("q", "farm")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt; <mark>farms</mark> &amp; &quot;fields&quot;")
			.doesNotContain("<script>alert(1)");
	}

	private static PersonInput input(String name, Circle circle, LocalDate metOn) {
		return new PersonInput(name, null, null, null, null, null, null, null, circle, null, null, metOn);
	}

	private CurrentMember member(String name) {
		Account account = this.accounts.signUp(
				new SignUp(name.toLowerCase() + "-" + UUID.randomUUID() + "@example.org", "a long password!", name));
		return new CurrentMember(account.id(), account.email(), account.displayName(), account.zone());
	}

	private static MockHttpServletRequestBuilder as(CurrentMember member, MockHttpServletRequestBuilder request) {
		return request.with(authentication(UsernamePasswordAuthenticationToken.authenticated(member, null, List.of())))
			.with(csrf());
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class ContributedSection {

		@Bean
		PersonPageSection testSection() {
			return new PersonPageSection() {

				@Override
				public int order() {
					return 10;
				}

				@Override
				public String template() {
					return "people-test/section";
				}

				@Override
				public Object data(UUID ownerId, UUID personId) {
					return "section data for " + personId;
				}
			};
		}

	}

}

package org.tend.home;

import org.tend.accounts.Account;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.web.servlet.MockMvc;
import org.tend.accounts.AccountsService;
import org.tend.accounts.CurrentMember;
import org.tend.accounts.SignUp;
import org.tend.ledger.LedgerService;
import org.tend.ledger.NewPromise;
import org.tend.ledger.PromiseOwner;
import org.tend.ledger.PromiseStatus;
import org.tend.meetings.MeetingKind;
import org.tend.meetings.MeetingStatus;
import org.tend.meetings.MeetingsService;
import org.tend.meetings.NewMeeting;
import org.tend.people.PeopleService;
import org.tend.people.PersonInput;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The today page of a member with something to do, as the browser receives it. */
@SpringBootTest
@AutoConfigureMockMvc
class TodayPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountsService accounts;

	@Autowired
	PeopleService people;

	@Autowired
	MeetingsService meetings;

	@Autowired
	LedgerService ledger;

	@Autowired
	Clock clock;

	@Test
	void showsThisWeeksMeetingWithItsPeopleAndPromisesWithFriendlyDates() throws Exception {
		CurrentMember member = this.accounts
			.signUp(new SignUp("ana-" + UUID.randomUUID() + "@example.org", "a long password!", "Ana"))
			.asCurrentMember();
		UUID zoe = person(member, "Zoë Ñúñez 🌱");
		UUID li = person(member, "李小龍");
		this.meetings.create(member.id(), member.zone(), new NewMeeting(List.of(zoe, li), MeetingKind.COFFEE, null,
				this.clock.instant(), 45, null, MeetingStatus.PLANNED, null, null));
		LocalDate due = LocalDate.now(this.clock.withZone(member.zone())).plusDays(2);
		this.ledger.makePromise(member.id(),
				new NewPromise(zoe, PromiseOwner.ME, "Send the seed-bank article", due, PromiseStatus.OPEN, null));

		this.mvc
			.perform(get("/today")
				.with(authentication(UsernamePasswordAuthenticationToken.authenticated(member, null, List.of()))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("with Zoë Ñúñez 🌱, 李小龍")))
			// planned for now: its time has come, it waits for a reflection
			.andExpect(content().string(containsString("Waiting for your reflection")))
			.andExpect(content().string(containsString("Send the seed-bank article")))
			.andExpect(content()
				.string(containsString("due " + due.format(DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH)))))
			.andExpect(content().string(not(containsString("due " + due))));
	}

	private UUID person(CurrentMember member, String name) {
		return this.people
			.create(member.id(),
					new PersonInput(name, null, null, null, null, null, null, null, null, null, null, null))
			.id();
	}

	@Test
	void guidesANewMemberToTheirFirstPerson() throws Exception {
		Account fresh = this.accounts.signUp(new SignUp("first-steps@example.org", "a long enough password", "Noor"));

		this.mvc
			.perform(get("/today").with(authentication(UsernamePasswordAuthenticationToken
				.authenticated(fresh.asCurrentMember(), null, java.util.List.of()))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Start with one person")))
			.andExpect(content().string(containsString("/people/new")));
	}

	@Test
	void asksAnonymousVisitorsToSignIn() throws Exception {
		this.mvc.perform(get("/today")).andExpect(status().is3xxRedirection());
	}

}

package org.tend.home;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.tend.accounts.CurrentMember;
import org.tend.ledger.NewPromise;
import org.tend.ledger.PromiseOwner;
import org.tend.ledger.PromiseStatus;
import org.tend.meetings.MeetingKind;
import org.tend.meetings.MeetingStatus;
import org.tend.meetings.NewMeeting;
import org.tend.support.JournalTestCase;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The today page of a member with something to do, as the browser receives it. */
@AutoConfigureMockMvc
class TodayPageTests extends JournalTestCase {

	@Autowired
	MockMvc mvc;

	@Test
	void showsThisWeeksMeetingWithItsPeopleAndPromisesWithFriendlyDates() throws Exception {
		CurrentMember member = signUp("Ana");
		UUID zoe = person(member.id(), "Zoë Ñúñez 🌱", null, null);
		UUID li = person(member.id(), "李小龍", null, null);
		this.meetings.create(member.id(), member.zone(), new NewMeeting(List.of(zoe, li), MeetingKind.COFFEE, null,
				this.clock.instant(), 45, null, MeetingStatus.PLANNED, null, null));
		LocalDate due = LocalDate.now(this.clock.withZone(member.zone())).plusDays(2);
		this.ledger.makePromise(member.id(),
				new NewPromise(zoe, PromiseOwner.ME, "Send the seed-bank article", due, PromiseStatus.OPEN, null));

		this.mvc.perform(get("/today").with(signedIn(member)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("with Zoë Ñúñez 🌱, 李小龍")))
			// planned for now: its time has come, it waits for a reflection
			.andExpect(content().string(containsString("Waiting for your reflection")))
			.andExpect(content().string(containsString("Send the seed-bank article")))
			.andExpect(content()
				.string(containsString("due " + due.format(DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH)))))
			.andExpect(content().string(not(containsString("due " + due))));
	}

	@Test
	void guidesANewMemberToTheirFirstPerson() throws Exception {
		CurrentMember fresh = signUp("Noor");

		this.mvc.perform(get("/today").with(signedIn(fresh)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Start with one person")))
			.andExpect(content().string(containsString("/people/new")));
	}

	@Test
	void asksAnonymousVisitorsToSignIn() throws Exception {
		this.mvc.perform(get("/today")).andExpect(status().is3xxRedirection());
	}

}

package org.tend.home;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.web.servlet.MockMvc;
import org.tend.accounts.Account;
import org.tend.accounts.AccountsService;
import org.tend.accounts.CurrentMember;
import org.tend.accounts.SignUp;
import org.tend.sampledata.SampleData;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
class TodayPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	SampleData sampleData;

	@Autowired
	AccountsService accounts;

	@Test
	void showsThisWeekPromisesAndPeopleDueFromTheSampleJournal() throws Exception {
		Account demo = this.sampleData.createDemoAccount("Europe/Madrid");

		this.mvc.perform(get("/today").with(as(demo.asCurrentMember())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Hello, Sam Rivera")))
			.andExpect(content().string(containsString("This week")))
			.andExpect(content().string(containsString("Promises coming due")))
			.andExpect(content().string(containsString("Due to reconnect")))
			.andExpect(content().string(containsString("plan a coffee")))
			.andExpect(content().string(not(containsString("??"))));
	}

	@Test
	void guidesANewMemberToTheirFirstPerson() throws Exception {
		Account fresh = this.accounts.signUp(new SignUp("new@example.org", "a long enough password", "Noor"));

		this.mvc.perform(get("/today").with(as(fresh.asCurrentMember())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Start with one person")))
			.andExpect(content().string(containsString("/people/new")));
	}

	@Test
	void asksAnonymousVisitorsToSignIn() throws Exception {
		this.mvc.perform(get("/today")).andExpect(status().is3xxRedirection());
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor as(CurrentMember member) {
		return authentication(UsernamePasswordAuthenticationToken.authenticated(member, null, List.of()));
	}

}

package org.tend.mail;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MockMvc;
import org.tend.accounts.AccountsService;
import org.tend.accounts.CurrentMember;
import org.tend.accounts.SignUp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** Settings › Email, and the link to it from the settings page. */
@SpringBootTest
@AutoConfigureMockMvc
class MailPreferencesPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountsService accounts;

	@Autowired
	MailPreferencesService preferences;

	@Test
	void theSettingsPageLinksToTheEmailPreferences() throws Exception {
		CurrentMember zoe = member("Zoë Ñúñez 🌱");

		String page = this.mvc.perform(get("/settings").with(authentication(signedIn(zoe))))
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(page).contains("href=\"/settings/email\"", "Email preferences");
	}

	@Test
	void showsTheDefaultsWithLabelledFieldsAndNoInlineStyle() throws Exception {
		CurrentMember zoe = member("Zoë");

		String page = this.mvc.perform(get("/settings/email").with(authentication(signedIn(zoe))))
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(page)
			.contains("<label for=\"weeklyNudge1\"", "<label for=\"nudgeDay\"", "<label for=\"nudgeHour\"",
					"<label for=\"promiseReminders1\"", "<label for=\"reminderDaysBefore\"",
					"<label for=\"introductionRequests1\"", "aria-describedby=\"introductionRequests-hint\"",
					"href=\"/introductions/requests\"")
			.containsPattern("<option value=\"MONDAY\" selected=\"selected\">Monday</option>")
			.containsPattern("<option value=\"8\" selected=\"selected\">08:00</option>")
			.contains("in your time zone (UTC)")
			.doesNotContainPattern("\\sstyle=");
	}

	@Test
	void savesTheChoicesAndAnUntickedBoxSwitchesTheMailOff() throws Exception {
		CurrentMember zoe = member("Zoë");

		var result = this.mvc
			.perform(post("/settings/email").with(authentication(signedIn(zoe)))
				.with(csrf())
				.param("_weeklyNudge", "on")
				.param("nudgeDay", "SATURDAY")
				.param("nudgeHour", "7")
				.param("promiseReminders", "true")
				.param("_promiseReminders", "on")
				.param("reminderDaysBefore", "3")
				.param("_introductionRequests", "on"))
			.andReturn()
			.getResponse();

		assertThat(result.getStatus()).isEqualTo(302);
		assertThat(result.getRedirectedUrl()).isEqualTo("/settings/email");
		assertThat(this.preferences.of(zoe.id()))
			.isEqualTo(new MailPreferences(false, java.time.DayOfWeek.SATURDAY, 7, true, 3, false));
	}

	@Test
	void introductionRequestsByMailAreTickedUntilSwitchedOffAndOnAgain() throws Exception {
		CurrentMember zoe = member("Zoë");
		String ticked = "<input(?=[^>]*id=\"introductionRequests1\")(?=[^>]*checked=\"checked\")[^>]*>";
		assertThat(page(zoe)).containsPattern(ticked);
		this.preferences.update(zoe.id(), MailPreferences.DEFAULTS.without(MailKind.INTRODUCTION_REQUEST));
		assertThat(page(zoe)).doesNotContainPattern(ticked)
			.contains("Switched off, no mail comes, but every request still waits for your answer on");

		this.mvc.perform(post("/settings/email").with(authentication(signedIn(zoe)))
			.with(csrf())
			.param("weeklyNudge", "true")
			.param("nudgeDay", "MONDAY")
			.param("nudgeHour", "8")
			.param("promiseReminders", "true")
			.param("reminderDaysBefore", "1")
			.param("introductionRequests", "true")
			.param("_introductionRequests", "on"));

		assertThat(this.preferences.of(zoe.id())).isEqualTo(MailPreferences.DEFAULTS);
		assertThat(this.preferences.of(zoe.id()).wants(MailKind.INTRODUCTION_REQUEST)).isTrue();
	}

	private String page(CurrentMember member) throws Exception {
		return this.mvc.perform(get("/settings/email").with(authentication(signedIn(member))))
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	@Test
	void badValuesComeBackWithAMessageAndChangeNothing() throws Exception {
		CurrentMember zoe = member("Zoë");

		var result = this.mvc
			.perform(post("/settings/email").with(authentication(signedIn(zoe)))
				.with(csrf())
				.param("weeklyNudge", "true")
				.param("nudgeDay", "SOMEDAY")
				.param("nudgeHour", "25")
				.param("reminderDaysBefore", "1"))
			.andReturn()
			.getResponse();

		assertThat(result.getStatus()).isEqualTo(200);
		assertThat(result.getContentAsString()).contains("aria-invalid=\"true\"", "Choose a value from the list.");
		assertThat(this.preferences.of(zoe.id())).isEqualTo(MailPreferences.DEFAULTS);
	}

	private CurrentMember member(String name) {
		return this.accounts
			.signUp(new SignUp("p." + UUID.randomUUID() + "@example.org", "correct horse battery", name))
			.asCurrentMember();
	}

	private static Authentication signedIn(CurrentMember member) {
		return UsernamePasswordAuthenticationToken.authenticated(member, null, List.of());
	}

}

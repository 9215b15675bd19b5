package org.tend.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Pattern;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.tend.support.TravelClock;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole week of the challenge, clicked: a suggestion, a coffee planned from it, the
 * invitation downloaded, the reflection with a promise and help, and the streak growing,
 * with the application's clock moved on between the steps.
 */
@Import(TravelClock.class)
class ChallengeWeekBrowserTests extends BrowserTestCase {

	private static final String NAME = "Zoë Ñúñez 🌱";

	@Autowired
	TravelClock.Travel clock;

	@Test
	void aSuggestionBecomesACoffeeAnInvitationAReflectionAndAStreak() throws IOException {
		// Monday of 2026-W48
		this.clock.set(Instant.parse("2026-11-23T08:00:00Z"));
		signUp(this.page, "Ana Lima", uniqueEmail("ana"), PASSWORD);
		addACloseFriendMetInSeptember();

		nav().getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Challenge")).click();
		assertThat(heading("This week")).isVisible();
		assertThat(this.page.getByText("0 of 1 meaningful meetings")).isVisible();
		assertThat(this.page.locator("#streak")).containsText("no weeks yet in a row");
		Locator suggestions = region("Who to meet");
		assertThat(suggestions).containsText(NAME + " is in your close circle");

		// "Plan a coffee" opens the time (tomorrow at ten, proposed) and the place before
		// saving
		suggestions.locator("summary", new Locator.LocatorOptions().setHasText("Plan a coffee")).click();
		assertThat(suggestions.getByLabel("When")).hasValue("2026-11-24T10:00");
		suggestions.getByLabel("Where").fill("Café Gijón");
		suggestions
			.getByRole(AriaRole.BUTTON,
					new Locator.GetByRoleOptions().setName("Save and write the invitation: " + NAME))
			.click();
		assertThat(heading("Invite " + NAME)).isVisible();
		assertThat(this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Write the email")))
			.hasAttribute("href", Pattern.compile("^mailto:\\?subject=A%20coffee%20with%20Ana%20Lima%3F&body=.+"));
		assertThat(this.page.getByLabel("Text to copy"))
			.hasValue(Pattern.compile("^Hi Zoë,.*Tuesday 24 November at 10:00 at Café Gijón", Pattern.DOTALL));
		this.page.context().grantPermissions(java.util.List.of("clipboard-read", "clipboard-write"));
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Copy the text")).click();
		assertThat(this.page.getByRole(AriaRole.STATUS)).containsText("Copied");
		Download download = this.page.waitForDownload(() -> this.page
			.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Download the calendar invitation (.ics)"))
			.click());
		assertThat(download.suggestedFilename()).isEqualTo("invite.ics");
		String ics = Files.readString(download.path());
		assertThat(ics).contains("BEGIN:VCALENDAR", "BEGIN:VEVENT", "SUMMARY:Coffee: Ana Lima and " + NAME, "ORGANIZER",
				"LOCATION:Café Gijón");

		// Wednesday: the coffee was yesterday
		this.clock.advance(Duration.ofDays(2));
		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Back to the meeting")).click();
		assertThat(heading("Coffee with " + NAME)).isVisible();
		region("The challenge")
			.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Reflect, with promises and help"))
			.click();
		this.page.getByLabel("What I learned").fill("Her cooperative needs a cold store before the harvest.");
		this.page.getByLabel("Promise 1").fill("Send her the seed-bank article");
		this.page.getByLabel("Help 1").fill("Introduced her to a refrigeration engineer");
		this.page.getByLabel("Kind").first().selectOption(new SelectOption().setLabel("Introduction"));
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save it all")).click();

		assertThat(this.page.getByRole(AriaRole.STATUS)).hasText("Reflection saved, with its promises and help.");
		assertThat(this.page.locator(".badge.meeting-status-happened")).isVisible();
		assertThat(region("Owed both ways")).containsText("Send her the seed-bank article");

		nav().getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Challenge")).click();
		assertThat(this.page.getByText("1 of 1 meaningful meetings")).isVisible();
		assertThat(this.page.locator("#streak")).containsText("1 week in a row");
		assertThat(this.page.locator(".challenge-week.met.current")).hasCount(1);
		screenshot(this.page, "challenge-streak");

		// the next week, still open, keeps the streak
		this.clock.advance(Duration.ofDays(6));
		this.page.reload();
		assertThat(this.page.getByText("0 of 1 meaningful meetings")).isVisible();
		assertThat(this.page.locator("#streak")).containsText("1 week in a row");

		assertThat(browserErrors()).isEmpty();
	}

	private void addACloseFriendMetInSeptember() {
		open("/people/new");
		this.page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill(NAME);
		Locator circle = this.page.getByLabel("Circle", new Page.GetByLabelOptions().setExact(true));
		circle.selectOption(new SelectOption().setLabel(circle.locator("option")
			.filter(new Locator.FilterOptions().setHasText(Pattern.compile("^Close")))
			.textContent()
			.strip()));
		this.page.getByLabel("When we met").fill("2026-09-01");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(Pattern.compile("^Save|^Add")))
			.first()
			.click();
		assertThat(heading(NAME)).isVisible();
		// a first-met day is not a meeting: the close tie is due from the coffee logged
		region("Meetings").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Log a coffee")).click();
		this.page.getByLabel("When", new Page.GetByLabelOptions().setExact(true)).fill("2026-09-01T10:30");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the meeting")).click();
		assertThat(heading("Coffee with " + NAME)).isVisible();
	}

	private Locator nav() {
		return CoreJourneyBrowserTests.nav(this.page);
	}

	private Locator heading(String name) {
		return this.page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(name).setLevel(1));
	}

	private Locator region(String name) {
		return this.page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName(name).setExact(true));
	}

}

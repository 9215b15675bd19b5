package org.tend.browser;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A newcomer's first look: one click on "Explore with sample data" and every main page is
 * alive. These tests also take the README's screenshots of the main pages.
 */
@ExtendWith(OutputCaptureExtension.class)
class SampleDataBrowserTests extends BrowserTestCase {

	private static final String ZOE = "Zoë Ñúñez 🌱";

	@Test
	void aNewcomerExploresALivedInJournal(CapturedOutput output) {
		exploreWithSampleData();

		// today: this week's meetings, promises coming due, people due to reconnect
		assertThat(this.page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Hello, Sam Rivera")))
			.isVisible();
		for (String section : new String[] { "This week", "Promises coming due", "Due to reconnect" }) {
			assertThat(region(section).getByRole(AriaRole.LISTITEM).first()).isVisible();
		}
		screenshot(this.page, "today");

		// people: the whole journal, a page at a time, filtered as you type
		nav().getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("People")).click();
		Locator total = this.page.getByText(Pattern.compile("^\\d+ people$"));
		assertThat(total).isVisible();
		assertThat(count(total.textContent())).isGreaterThanOrEqualTo(25);
		assertThat(this.page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Pages")))
			.containsText("Page 1 of 2");
		screenshot(this.page, "people");
		this.page.getByLabel("Search", new Page.GetByLabelOptions().setExact(true)).pressSequentially("zoë");
		assertThat(this.page.getByText("One person", new Page.GetByTextOptions().setExact(true))).isVisible();
		assertThat(this.page).hasURL(Pattern.compile(".*/people\\?.*q=zo.*"));
		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(ZOE)).click();

		// a person: profile, listening notes, meetings, give and take
		assertThat(this.page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(ZOE).setLevel(1)))
			.isVisible();
		assertThat(region("Projects").getByRole(AriaRole.LISTITEM).first()).isVisible();
		assertThat(region("Meetings")).containsText("Coming up");
		assertThat(region("Meetings")).containsText("What has been");
		assertThat(region("Give and take")).containsText(Pattern.compile("You’ve helped|has helped you"));
		screenshot(this.page, "person");

		// the coffee coming up, with its prep card
		region("Meetings").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Coffee with " + ZOE))
			.first()
			.click();
		assertThat(this.page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Coffee with " + ZOE)))
			.isVisible();
		Locator prep = region("Prep card");
		assertThat(prep).containsText("Projects");
		assertThat(prep).containsText("Questions worth asking");
		assertThat(region("Owed both ways")).isVisible();
		assertThat(region("Reflection").getByLabel("What I learned")).isEditable();
		screenshot(this.page, "meeting");

		// search: who do I know who works on climate?
		nav().getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Search")).click();
		Locator query = this.page.getByLabel("Who do you know who…");
		query.fill("climate");
		query.press("Enter");
		assertThat(this.page.getByRole(AriaRole.STATUS)).hasText(Pattern.compile("\\d+ people match “climate”"));
		Locator results = this.page.getByRole(AriaRole.MAIN).locator("ol > li");
		assertThat(results.first().getByRole(AriaRole.LINK).first()).isVisible();
		// the matched words are marked, and each snippet links to its entry
		assertThat(results.first().locator("a.snippet mark").first()).isVisible();
		assertThat(results.first().getByRole(AriaRole.LISTITEM).first())
			.containsText(Pattern.compile("climate", Pattern.CASE_INSENSITIVE));
		screenshot(this.page, "search");

		// the weekly challenge: who to meet this week, and why
		nav().getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Challenge")).click();
		assertThat(region("Who to meet").getByRole(AriaRole.LISTITEM).first()).isVisible();
		screenshot(this.page, "challenge");

		nav().getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Promises")).click();
		assertThat(this.page.getByRole(AriaRole.MAIN).getByRole(AriaRole.LISTITEM).first()).containsText("owe");

		nav().getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Settings")).click();
		assertThat(this.page.getByText("This sample-data account has no password")).isVisible();
		screenshot(this.page, "settings");

		assertThat(browserErrors()).isEmpty();
		assertThat(output.getAll()).doesNotContain(" ERROR ");
	}

	@Test
	void thePeopleListAndAPersonFitAPhone() {
		exploreWithSampleData();
		Page phone = phonePageSignedInAs(this.page);
		phone.navigate(baseUrl() + "/today");

		// every entry of the header is on screen, behind the Menu button, and works with
		// a tap
		phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Menu")).tap();
		Locator nav = phone.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Main"));
		for (String entry : new String[] { "Today", "People", "Meetings", "Promises", "Search", "Settings" }) {
			assertThat(nav.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(entry))).isInViewport();
		}
		assertThat(nav.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Sign out"))).isInViewport();
		nav.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("People")).tap();

		assertThat(phone).hasURL(Pattern.compile(".*/people$"));
		assertThat(phone.getByText(Pattern.compile("^\\d+ people$"))).isVisible();
		assertFitsTheScreen(phone);

		phone.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Amélie Dubois")).tap();
		assertThat(phone.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Amélie Dubois").setLevel(1)))
			.isInViewport();
		assertFitsTheScreen(phone);
		phone.navigate(baseUrl() + "/people?q=zo%C3%AB");
		phone.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(ZOE)).tap();
		assertThat(phone.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(ZOE).setLevel(1)))
			.isInViewport();
		assertFitsTheScreen(phone);
		screenshot(phone, "person-phone");

		assertThat(browserErrors()).isEmpty();
	}

	private void exploreWithSampleData() {
		open("/");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Explore with sample data")).click();
		assertThat(this.page).hasURL(Pattern.compile(".*/today$"));
	}

	/** Nothing sticks out sideways: the page is exactly as wide as the phone. */
	private static void assertFitsTheScreen(Page phone) {
		assertThat(phone.locator("html")).hasJSProperty("scrollWidth", 390);
	}

	private Locator nav() {
		return this.page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Main"));
	}

	private Locator region(String name) {
		return this.page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName(name).setExact(true));
	}

	private static int count(String total) {
		Matcher number = Pattern.compile("\\d+").matcher(total);
		assertThat(number.find()).isTrue();
		return Integer.parseInt(number.group());
	}

}

package org.tend.browser;

import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

class WelcomeBrowserTests extends BrowserTestCase {

	@Test
	void welcomesAVisitorWithSignUpSignInAndSampleData() {
		open("/");

		assertThat(heading(this.page, "A few deep relationships, tended slowly.")).isVisible();
		assertThat(
				this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Explore with sample data")))
			.isVisible();
		assertThat(link(this.page, "Create your journal")).isVisible();
		assertThat(link(this.page, "Sign in")).isVisible();
		screenshot(this.page, "welcome");
	}

	@Test
	void signUpShowsWhatIsWrongThenOpensTheJournal() {
		open("/");
		link(this.page, "Create your journal").click();
		assertThat(this.page).hasURL(Pattern.compile(".*/signup$"));

		this.page.getByLabel("Your name").fill("Zoë Ñúñez 🌱");
		// a fixed address keeps the committed screenshot stable between refreshes
		this.page.getByLabel("Email").fill("zoe.nunez@example.org");
		this.page.getByLabel("Password").fill("too short");
		submit();

		assertThat(this.page.getByText("Use at least 12 characters.")).isVisible();
		assertThat(this.page.getByLabel("Password")).hasAttribute("aria-invalid", "true");
		assertThat(this.page.getByLabel("Your name")).hasValue("Zoë Ñúñez 🌱");
		screenshot(this.page, "signup-errors");

		this.page.getByLabel("Password").fill(PASSWORD);
		submit();

		assertThat(this.page).hasURL(Pattern.compile(".*/today$"));
		assertThat(this.page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Main"))
			.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Sign out"))).isVisible();
	}

	@Test
	void theSkipLinkIsTheFirstTabStopAndLeadsToTheContent() {
		open("/");
		Locator skipLink = link(this.page, "Skip to content");
		assertThat(skipLink).not().isInViewport();

		this.page.keyboard().press("Tab");
		assertThat(skipLink).isFocused();
		assertThat(skipLink).isInViewport();

		this.page.keyboard().press("Enter");
		this.page.keyboard().press("Tab");
		assertThat(this.page).hasURL(Pattern.compile(".*#main$"));
		assertThat(link(this.page, "Create your journal")).isFocused();
	}

	@Test
	void welcomeFitsAPhoneScreen() {
		Page phone = phonePage();
		phone.navigate(baseUrl() + "/");

		assertThat(heading(phone, "A few deep relationships, tended slowly.")).isInViewport();
		assertThat(phone.locator("html")).hasJSProperty("scrollWidth", 390);
		screenshot(phone, "welcome-phone");
	}

	private void submit() {
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create my journal")).click();
	}

	private static Locator heading(Page page, String name) {
		return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(name).setLevel(1));
	}

	private static Locator link(Page page, String name) {
		return page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name));
	}

}

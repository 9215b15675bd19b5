package org.tend.browser;

import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** The insights page on the sample journal: pictures with words, readable on a phone. */
class InsightsBrowserTests extends BrowserTestCase {

	private static final String[] PICTURES = { "Depth distribution", "Strong ties over 24 months",
			"Give and take, by kind", "52 weeks of meetings", "Your network" };

	@Test
	void insightsDrawTheSampleJournalWithTextAlternatives() {
		open("/");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Explore with sample data")).click();
		assertThat(this.page).hasURL(Pattern.compile(".*/today$"));

		this.page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Main"))
			.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Insights"))
			.click();
		assertThat(this.page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Insights").setLevel(1)))
			.isVisible();
		for (String picture : PICTURES) {
			Locator svg = this.page.getByRole(AriaRole.IMG, new Page.GetByRoleOptions().setName(picture));
			assertThat(svg).isVisible();
			assertThat(svg.locator("desc")).not().isEmpty();
			// the same figures as a table for screen readers, out of sight
			Locator table = this.page.locator("table.visually-hidden")
				.filter(new Locator.FilterOptions().setHas(this.page.getByText(picture)));
			assertThat(table).hasCount(1);
		}
		assertThat(this.page.locator("#depth-distribution rect.bar").first()).isAttached();
		assertThat(this.page.locator("#network circle.node").first()).isAttached();
		screenshot(this.page, "insights");

		Page phone = phonePageSignedInAs(this.page);
		phone.navigate(baseUrl() + "/insights");
		assertThat(phone.getByRole(AriaRole.IMG, new Page.GetByRoleOptions().setName("Your network"))).isVisible();
		assertThat(phone.locator("html")).hasJSProperty("scrollWidth", 390);
		assertThat(browserErrors()).isEmpty();

		Locator plan = this.page.getByRole(AriaRole.LINK,
				new Page.GetByRoleOptions().setName(Pattern.compile("^Plan a meeting with ")));
		// the sample journal has people past their cadence: one click plans a meeting
		plan.first().click();
		assertThat(this.page).hasURL(Pattern.compile(".*/meetings/new\\?personId=.*"));
	}

	@Test
	void emptyInsightsSayWhatWillAppearAndLeadToTheFirstStep() {
		signUp(this.page, "Noor", uniqueEmail("noor"), PASSWORD);
		open("/insights");
		assertThat(this.page.locator(".chart-empty")).hasCount(5);
		assertThat(this.page.locator("svg.chart-svg")).hasCount(0);
		screenshot(this.page, "insights-empty");

		Page phone = phonePageSignedInAs(this.page);
		phone.navigate(baseUrl() + "/insights");
		assertThat(phone.locator("html")).hasJSProperty("scrollWidth", 390);
		screenshot(phone, "insights-empty-phone");

		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Add your first person"))
			.first()
			.click();
		assertThat(this.page).hasURL(Pattern.compile(".*/people/new$"));
		assertThat(browserErrors()).isEmpty();
	}

}

package org.tend.browser;

import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The person page's depth card follows every change made on the page, without a reload: a
 * listening note, then help recorded.
 */
class DepthCardBrowserTests extends BrowserTestCase {

	@Test
	void theDepthCardUpdatesAfterANoteAndAfterRecordingHelp() {
		signUp(this.page, "Zoë", uniqueEmail("zoe"), PASSWORD);
		open("/people/new");
		this.page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill("Ana Lúcia Ferreira");
		this.page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).press("Enter");
		assertThat(this.page.getByRole(AriaRole.HEADING,
				new Page.GetByRoleOptions().setName("Ana Lúcia Ferreira").setLevel(1)))
			.isVisible();
		Locator card = this.page.locator("#depth-section");
		Locator score = card.locator(".depth-score strong");
		assertThat(score).hasText("0.0 of 100");
		assertThat(card).containsText("not met yet");
		// a reload would lose this mark: the card must change under it
		this.page.evaluate("window.notReloaded = true");

		this.page.getByLabel("About").selectOption("PROJECT");
		this.page.getByLabel("What you learned").fill("Building a seed bank in Valparaíso 🌱");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add note")).click();

		assertThat(this.page.getByText("Building a seed bank in Valparaíso 🌱")).isVisible();
		assertThat(score).hasText("2.0 of 100");
		assertThat(card).containsText("you know 1 of");

		this.page.getByText("Record help given or received").click();
		this.page.getByLabel("What happened").fill("Introduced her to the soil carbon team");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record it")).click();

		assertThat(this.page.getByText("Introduced her to the soil carbon team")).isVisible();
		assertThat(score).not().hasText("2.0 of 100");
		assertThat(score).hasText(Pattern.compile("^2\\.[1-9] of 100$"));
		assertThat(this.page.evaluate("window.notReloaded")).isEqualTo(true);
		assertThat(browserErrors()).isEmpty();
	}

}

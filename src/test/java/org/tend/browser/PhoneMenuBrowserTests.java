package org.tend.browser;

import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * On a phone the navigation folds behind one "Menu" button instead of wrapping to three
 * rows; on a wide screen the links stay in sight. And the meeting form's people are
 * checkboxes a thumb can tick, with a filter field.
 */
class PhoneMenuBrowserTests extends BrowserTestCase {

	@Test
	void onAPhoneTheNavigationFoldsBehindAMenuButton() {
		signUp(this.page, "Noor Haddad", uniqueEmail("noor"), PASSWORD);
		Locator desktopNav = this.page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Main"));
		assertThat(desktopNav.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("People"))).isVisible();
		assertThat(this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Menu"))).isHidden();

		Page phone = phonePageSignedInAs(this.page);
		phone.navigate(baseUrl() + "/today");
		Locator menu = phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Menu"));
		Locator people = phone.locator("#site-nav")
			.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("People"));
		assertThat(menu).isVisible();
		assertThat(menu).hasAttribute("aria-expanded", "false");
		assertThat(people).isHidden();
		// one row: the brand and the button
		assertThat(phone.locator(".site-header").boundingBox().height).isLessThan(70);
		screenshot(phone, "phone-menu-closed");

		menu.click();
		assertThat(menu).hasAttribute("aria-expanded", "true");
		assertThat(people).isVisible();
		screenshot(phone, "phone-menu");

		// Escape folds it again and gives the focus back to the button
		phone.keyboard().press("Escape");
		assertThat(people).isHidden();
		assertThat(menu).isFocused();

		menu.click();
		people.click();
		assertThat(phone).hasURL(Pattern.compile(".*/people$"));
		assertThat(browserErrors()).isEmpty();
	}

	@Test
	void theMeetingFormsPeopleAreCheckboxesWithAFilter() {
		signUp(this.page, "Ines Carvalho", uniqueEmail("ines"), PASSWORD);
		for (String name : new String[] { "Zoë Ñúñez", "Tomasz Wójcik", "李小龍" }) {
			open("/people/new");
			this.page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill(name);
			this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add to my journal")).click();
			assertThat(this.page).hasURL(Pattern.compile(".*/people/[0-9a-f-]{36}$"));
		}
		Page phone = phonePageSignedInAs(this.page);
		phone.navigate(baseUrl() + "/meetings/new");
		phone.getByLabel("Find a person by name").fill("zoe");
		assertThat(phone.getByLabel("Tomasz Wójcik")).isHidden();
		phone.getByLabel("Zoë Ñúñez").check();
		phone.getByLabel("Find a person by name").fill("tom");
		// a ticked person stays in sight while the filter changes
		assertThat(phone.getByLabel("Zoë Ñúñez")).isVisible();
		phone.getByLabel("Tomasz Wójcik").check();
		phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the meeting")).click();
		assertThat(phone).hasURL(Pattern.compile(".*/meetings/[0-9a-f-]{36}.*"));
		assertThat(phone.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Zoë Ñúñez")).first())
			.isVisible();
		assertThat(phone.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Tomasz Wójcik")).first())
			.isVisible();
		assertThat(browserErrors()).isEmpty();
	}

}

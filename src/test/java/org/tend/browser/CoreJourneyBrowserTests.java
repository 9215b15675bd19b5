package org.tend.browser;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The journey the journal exists for, as a member clicks and types it: sign up, add a
 * person, note what they are working on, log a coffee and reflect on it, record help
 * given and a promise, and find it all again on the person's page.
 */
@ExtendWith(OutputCaptureExtension.class)
class CoreJourneyBrowserTests extends BrowserTestCase {

	private static final String NAME = "Zoë Ñúñez 🌱";

	private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

	private static final DateTimeFormatter SHORT_DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

	@Test
	void aNewMemberKeepsTheStoryOfACoffeeOnThePersonsPage(CapturedOutput output) {
		signUp(this.page, "Ana Lima", uniqueEmail("ana"), PASSWORD);
		assertThat(this.page.getByText("Start with one person")).isVisible();

		addPersonFromTheEmptyToday();
		addListeningNote();
		LocalDate coffeeDay = LocalDate.now(ZoneOffset.UTC).minusDays(3);
		logACoffeeAndReflect(coffeeDay);

		// back on the person's page: everything written so far, in its place
		this.page.getByRole(AriaRole.MAIN)
			.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(NAME))
			.first()
			.click();
		assertThat(heading(NAME)).isVisible();
		assertThat(this.page.getByText("Gardener, Open Orchard · Valparaíso")).isVisible();
		assertThat(region("Keeping in touch")).containsText("Close");
		assertThat(region("Keeping in touch")).containsText("Last met " + coffeeDay.format(LONG_DATE));
		assertThat(region("Projects")).containsText("Launching a cooperative for small fruit farmers");
		Locator meetings = region("Meetings");
		assertThat(meetings.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Coffee with " + NAME)))
			.isVisible();
		assertThat(meetings).containsText("Happened");
		assertThat(meetings)
			.containsText(coffeeDay.format(DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH)));
		assertThat(meetings).containsText(
				"Next step: Send her the seed-bank article from the coffee on " + coffeeDay.format(SHORT_DATE));

		recordHelpGiven();
		makeAPromiseWithTheKeyboard(coffeeDay.plusDays(10));

		// the promise is on the promises page too, reached from the header
		nav(this.page).getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Promises")).click();
		assertThat(heading("Open promises")).isVisible();
		assertThat(this.page.getByRole(AriaRole.MAIN))
			.containsText("You owe " + NAME + ": Send the cooperative's pitch deck");
		this.page
			.getByRole(AriaRole.BUTTON,
					new Page.GetByRoleOptions().setName("Mark as kept: Send the cooperative's pitch deck"))
			.click();
		assertThat(this.page.getByText("Nothing owed either way.")).isVisible();

		assertThat(browserErrors()).isEmpty();
		assertThat(output.getAll()).doesNotContain(" ERROR ");
	}

	private void addPersonFromTheEmptyToday() {
		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Add a person")).click();
		assertThat(heading("Add a person")).isVisible();
		this.page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill(NAME);
		this.page.getByLabel("Role").fill("Gardener");
		this.page.getByLabel("Company").fill("Open Orchard");
		this.page.getByLabel("City").fill("Valparaíso");
		Locator circle = this.page.getByLabel("Circle", new Page.GetByLabelOptions().setExact(true));
		circle.selectOption(new SelectOption().setLabel(circle.locator("option")
			.filter(new Locator.FilterOptions().setHasText(Pattern.compile("^Close")))
			.textContent()
			.strip()));
		Locator tags = this.page.getByLabel("Tags");
		tags.fill("food, cooperatives");
		// Enter in a text field submits the form, as in any form on the web
		tags.press("Enter");

		assertThat(heading(NAME)).isVisible();
		assertThat(this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("cooperatives"))).isVisible();
	}

	private void addListeningNote() {
		Locator notes = region("Listening notes");
		assertThat(notes).containsText("No notes yet.");
		notes.getByLabel("About").selectOption(new SelectOption().setLabel("A project"));
		notes.getByLabel("What you learned").fill("Launching a cooperative for small fruit farmers");
		notes.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Add note")).click();

		assertThat(region("Projects")).containsText("Launching a cooperative for small fruit farmers");
		assertThat(region("Projects")).containsText(LocalDate.now(ZoneOffset.UTC).format(SHORT_DATE));
		assertThat(notes.getByLabel("What you learned")).hasValue("");
	}

	private void logACoffeeAndReflect(LocalDate day) {
		region("Meetings").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Log a coffee")).click();
		assertThat(this.page.getByLabel("Kind")).hasValue("coffee");
		assertThat(this.page.getByLabel("Happened")).isChecked();
		// the person the coffee was logged from is ticked already
		assertThat(this.page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName(NAME))).isChecked();
		this.page.getByLabel("When", new Page.GetByLabelOptions().setExact(true)).fill(day + "T10:30");
		this.page.getByLabel("How long").fill("45");
		this.page.getByLabel("Where").fill("Café Gijón");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the meeting")).click();

		assertThat(heading("Coffee with " + NAME)).isVisible();
		assertThat(this.page.getByRole(AriaRole.MAIN)).containsText("45 min · Café Gijón");
		// the prep card remembers what was heard before
		assertThat(region("Prep card")).containsText("Launching a cooperative for small fruit farmers");

		Locator reflection = region("Reflection");
		reflection.getByLabel("What I learned").fill("The cooperative needs a cold store before the harvest.");
		reflection.getByLabel("Next step").fill("Send her the seed-bank article");
		reflection.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save the reflection")).click();

		assertThat(this.page.getByRole(AriaRole.STATUS)).hasText("Reflection saved.");
		assertThat(region("Reflection").getByLabel("What I learned"))
			.hasValue("The cooperative needs a cold store before the harvest.");
	}

	private void recordHelpGiven() {
		Locator ledger = region("Give and take");
		assertThat(ledger).containsText("No help has changed hands yet.");
		ledger.getByText("Record help given or received").click();
		ledger.getByLabel("I gave").check();
		ledger.getByLabel("Kind of help").selectOption(new SelectOption().setLabel("introduction"));
		ledger.getByLabel("What happened").fill("Introduced her to the seed bank in Lyon");
		ledger.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Record it")).click();

		assertThat(region("Give and take")).containsText("You’ve helped " + NAME + " once; nothing received yet.");
		assertThat(region("Give and take")).containsText("You gave " + NAME + " an introduction");
		assertThat(region("Give and take")).containsText("Introduced her to the seed bank in Lyon");
	}

	private void makeAPromiseWithTheKeyboard(LocalDate due) {
		Locator ledger = region("Give and take");
		ledger.getByText("Add a promise").click();
		ledger.getByLabel("I do").check();
		ledger.getByLabel("Due on").fill(due.toString());
		Locator text = ledger.getByLabel("What was promised");
		text.fill("Send the cooperative's pitch deck");
		text.press("Enter");

		assertThat(region("Give and take")).containsText("You owe " + NAME + ": Send the cooperative's pitch deck");
		assertThat(region("Give and take")).containsText("due " + due.format(SHORT_DATE));
	}

	private Locator heading(String name) {
		return this.page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(name).setLevel(1));
	}

	private Locator region(String name) {
		return this.page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName(name).setExact(true));
	}

	static Locator nav(Page page) {
		return page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Main"));
	}

}

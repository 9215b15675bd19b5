package org.tend.browser;

import java.nio.file.Path;
import java.nio.file.Paths;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

class InterchangeBrowserTests extends BrowserTestCase {

	@Test
	void aLinkedInExportIsPreviewedThenImportedFromSettings() throws Exception {
		signUp(this.page, "Zoë Ñúñez 🌱", uniqueEmail("zoe"), PASSWORD);
		link(this.page, "Settings").click();
		link(this.page, "Import & export").click();
		link(this.page, "Import contacts").click();

		this.page.getByLabel("File (at most 10 MB)").setInputFiles(fixture("Connections.csv"));
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Read the file")).click();

		assertThat(heading(this.page, "What this import will do")).isVisible();
		assertThat(this.page.getByText("6 new · 0 merged · 1 skipped")).isVisible();
		assertThat(this.page.getByRole(AriaRole.CELL, new Page.GetByRoleOptions().setName("Дмитрий Иванов")))
			.isVisible();
		screenshot(this.page, "import-preview");

		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Import now")).click();

		assertThat(this.page.getByText("6 people added, 0 merged into people already in your journal, 1 row skipped."))
			.isVisible();
		assertThat(browserErrors()).isEmpty();
	}

	@Test
	void aBrokenFileIsExplainedOnTheUploadPage() throws Exception {
		signUp(this.page, "Sam", uniqueEmail("sam"), PASSWORD);
		open("/import");

		this.page.getByLabel("File (at most 10 MB)").setInputFiles(fixture("broken.vcf"));
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Read the file")).click();

		assertThat(this.page.getByText("This file cannot be imported; nothing was saved.")).isVisible();
		assertThat(this.page.getByText("Line 1: this card has no END:VCARD")).isVisible();
	}

	private static Locator heading(Page page, String name) {
		return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(name));
	}

	private static Locator link(Page page, String name) {
		return page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name));
	}

	private static Path fixture(String name) throws Exception {
		return Paths.get(InterchangeBrowserTests.class.getResource("/interchange/" + name).toURI());
	}

}

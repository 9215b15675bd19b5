package org.tend.browser;

import com.microsoft.playwright.Route;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class AccessibilityBrowserTests extends BrowserTestCase {

	private static final String LOW_CONTRAST = """
			<!doctype html>
			<html lang="en"><head><title>Pale</title></head>
			<body><main><p style="color:#bbb;background:#fff">Grey on white, 1.9 to 1</p></main></body></html>
			""";

	@Test
	void aPageWithTooLittleContrastFailsTheTestThatOpenedIt() {
		this.page.route("http://pale.test/**",
				(route) -> route.fulfill(new Route.FulfillOptions().setContentType("text/html").setBody(LOW_CONTRAST)));

		this.page.navigate("http://pale.test/");

		assertThat(this.accessibility.findings()).singleElement()
			.asString()
			.contains("color-contrast (serious) at p:", "http://pale.test/");
		assertThatExceptionOfType(AssertionError.class).isThrownBy(this.accessibility::assertNoFindings)
			.withMessageContaining("color-contrast");
		this.page.close();
	}

	@Test
	void aPageWithoutFindingsPasses() {
		open("/login");

		assertThat(this.accessibility.findings()).isEmpty();
	}

}

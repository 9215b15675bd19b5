package org.tend.browser;

import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;

import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One Playwright driver and one headless Chromium for the whole test run: starting them
 * costs seconds, while a fresh browser context per test (cookies, storage) costs
 * milliseconds and isolates the tests just as well. Kept in JUnit's root store, which
 * closes it when the run ends.
 */
final class SharedBrowser implements AutoCloseable {

	/**
	 * Without the background-networking switches Chromium keeps calling Google services
	 * (updates, safe browsing, sync), which floods a closed network and slows start-up.
	 */
	static final List<String> ARGUMENTS = List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
			"--disable-background-networking", "--disable-component-update", "--disable-sync",
			"--disable-dev-shm-usage");

	private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SharedBrowser.class);

	private final Playwright playwright;

	private final Browser browser;

	private SharedBrowser() {
		// Playwright.create() would otherwise download its own browsers on every run; the
		// variable is also set by the surefire configuration, this covers IDE runs
		this.playwright = Playwright
			.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
		try {
			this.browser = this.playwright.chromium()
				.launch(new BrowserType.LaunchOptions().setExecutablePath(ChromiumAvailable.executable())
					.setHeadless(true)
					.setArgs(ARGUMENTS));
		}
		catch (RuntimeException ex) {
			this.playwright.close();
			throw new IllegalStateException("Chromium at " + ChromiumAvailable.executable() + " did not start", ex);
		}
		// two shared cores and a JVM warming up can make a first render slow; a
		// condition that never comes true still fails, only later
		PlaywrightAssertions.setDefaultAssertionTimeout(15_000);
	}

	static Browser in(ExtensionContext context) {
		return context.getRoot()
			.getStore(NAMESPACE)
			.computeIfAbsent(SharedBrowser.class, (key) -> new SharedBrowser(), SharedBrowser.class).browser;
	}

	@Override
	public void close() {
		this.browser.close();
		this.playwright.close();
	}

}

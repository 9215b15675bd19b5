package org.tend.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.ReducedMotion;
import com.microsoft.playwright.options.ScreenshotAnimations;
import com.microsoft.playwright.options.ScreenshotCaret;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * What a person clicks, tested in a real Chromium against the whole application on a
 * random port. Each test gets a fresh browser context (no cookies, no storage) at desktop
 * size in {@link #page}; {@link #phonePage()} opens another at phone size. The browser
 * itself is shared by every test of the run.
 *
 * <p>
 * Screenshots go to {@code target/screenshots}; with {@code -Dtend.screenshots=true} they
 * refresh the committed ones in {@code docs/screenshots}. A failing test leaves a
 * screenshot of each page it had open in {@code target/screenshots/failures}.
 *
 * <p>
 * Every page a test opens is checked with axe-core on each load and once more as it is
 * left at the end of the test; a serious or critical finding fails the test (see
 * {@link Accessibility}).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ExtendWith({ ChromiumAvailable.class, BrowserTestCase.Pages.class })
public abstract class BrowserTestCase {

	/** A password the sign-up form accepts. */
	protected static final String PASSWORD = "a quiet coffee every week";

	private static final Pattern SCREENSHOT_NAME = Pattern.compile("[a-z0-9][a-z0-9-]*");

	@LocalServerPort
	private int port;

	private Browser browser;

	private final List<BrowserContext> contexts = new ArrayList<>();

	private final List<String> browserErrors = new ArrayList<>();

	/** The accessibility findings on this test's pages; failing them is automatic. */
	final Accessibility accessibility = new Accessibility();

	/** This test's page: 1280×900, signed out. */
	protected Page page;

	/** Where the application under test answers, e.g. {@code http://localhost:41234}. */
	protected String baseUrl() {
		return "http://localhost:" + this.port;
	}

	/** Opens a path of the application ({@code "/people"}) in {@link #page}. */
	protected Page open(String path) {
		this.page.navigate(baseUrl() + path);
		return this.page;
	}

	/**
	 * A new page the size of a common phone (390×844, touch), in a context of its own: it
	 * shares no session with {@link #page}.
	 */
	protected Page phonePage() {
		return newContext(phoneSize()).newPage();
	}

	/**
	 * A phone-size page (as {@link #phonePage()}) signed in as the given page is: it
	 * starts with a copy of that page's cookies.
	 */
	protected Page phonePageSignedInAs(Page signedIn) {
		return newContext(phoneSize().setStorageState(signedIn.context().storageState())).newPage();
	}

	/**
	 * Creates an account through the sign-up form and leaves the page signed in on the
	 * today page.
	 */
	protected void signUp(Page page, String displayName, String email, String password) {
		page.navigate(baseUrl() + "/signup");
		page.getByLabel("Your name").fill(displayName);
		page.getByLabel("Email").fill(email);
		page.getByLabel("Password").fill(password);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create my journal")).click();
		assertThat(page).hasURL(Pattern.compile(".*/today$"));
	}

	/** Signs in through the sign-in form. */
	protected void signIn(Page page, String email, String password) {
		page.navigate(baseUrl() + "/login");
		page.getByLabel("Email").fill(email);
		page.getByLabel("Password").fill(password);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
		assertThat(page).hasURL(Pattern.compile(".*/today$"));
	}

	/**
	 * Adds a person with one e-mail through the new-person form in {@link #page} and
	 * waits for their page.
	 */
	protected void addPerson(String name, String email) {
		open("/people/new");
		this.page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill(name);
		this.page.getByLabel("Emails").fill(email);
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(Pattern.compile("^Save|^Add")))
			.first()
			.click();
		assertThat(this.page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(name).setLevel(1)))
			.isVisible();
	}

	/**
	 * What the browser reported as an error (console errors, uncaught exceptions) on any
	 * page this test opened so far, each prefixed with the page's address.
	 */
	protected List<String> browserErrors() {
		return List.copyOf(this.browserErrors);
	}

	/**
	 * An address no other test uses (the application context, and its database, is shared
	 * by the test classes with the same configuration).
	 */
	protected static String uniqueEmail(String name) {
		return name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
	}

	/**
	 * Saves a full-page screenshot as {@code <name>.png}: in {@code docs/screenshots}
	 * when run with {@code -Dtend.screenshots=true}, else in {@code target/screenshots}.
	 */
	protected Path screenshot(Page page, String name) {
		if (!SCREENSHOT_NAME.matcher(name).matches()) {
			throw new IllegalArgumentException("Screenshot names are lowercase words joined by '-': " + name);
		}
		Path folder = Boolean.getBoolean("tend.screenshots") ? Path.of("docs", "screenshots")
				: Path.of("target", "screenshots");
		return save(page, folder.resolve(name + ".png"));
	}

	private static Path save(Page page, Path file) {
		try {
			Files.createDirectories(file.getParent());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		page.screenshot(new Page.ScreenshotOptions().setPath(file)
			.setFullPage(true)
			.setAnimations(ScreenshotAnimations.DISABLED)
			.setCaret(ScreenshotCaret.HIDE));
		return file;
	}

	private BrowserContext newContext(Browser.NewContextOptions options) {
		BrowserContext context = this.browser
			.newContext(options.setLocale("en-US").setTimezoneId("UTC").setReducedMotion(ReducedMotion.REDUCE));
		context.setDefaultTimeout(30_000);
		// a blocked script or style (CSP), a missing file, a broken htmx swap: all end
		// here
		context.onConsoleMessage((message) -> {
			if ("error".equals(message.type())) {
				this.browserErrors.add(where(message.page()) + ": " + message.text());
			}
		});
		context.onWebError((error) -> this.browserErrors.add(where(error.page()) + ": " + error.error()));
		context.onPage(this.accessibility::watch);
		this.contexts.add(context);
		return context;
	}

	private static Browser.NewContextOptions phoneSize() {
		return new Browser.NewContextOptions().setViewportSize(390, 844).setIsMobile(true).setHasTouch(true);
	}

	private static String where(Page page) {
		return (page != null) ? page.url() : "(no page)";
	}

	private void openPage(Browser browser) {
		this.browser = browser;
		this.page = newContext(new Browser.NewContextOptions().setViewportSize(1280, 900)).newPage();
	}

	private void saveFailureScreenshots(String testName) {
		int number = 0;
		for (BrowserContext context : this.contexts) {
			for (Page open : context.pages()) {
				number++;
				try {
					Path file = save(open,
							Path.of("target", "screenshots", "failures", testName + "-" + number + ".png"));
					System.err.println("[tend] " + testName + " failed on " + open.url() + ", screenshot: " + file);
				}
				catch (RuntimeException ex) {
					// the page may be what broke; the test's own failure matters more
				}
			}
		}
	}

	private void checkAccessibility() {
		for (BrowserContext context : this.contexts) {
			for (Page open : context.pages()) {
				try {
					this.accessibility.check(open);
				}
				catch (RuntimeException ex) {
					// a page broken enough not to run axe has failed the test already
				}
			}
		}
		this.accessibility.assertNoFindings();
	}

	private void closeContexts() {
		this.contexts.forEach(BrowserContext::close);
		this.contexts.clear();
		this.browserErrors.clear();
		this.page = null;
	}

	/** Gives each test its pages and closes them after it, screenshotting a failure. */
	static final class Pages implements BeforeEachCallback, AfterEachCallback, TestExecutionExceptionHandler {

		@Override
		public void beforeEach(ExtensionContext context) {
			test(context).openPage(SharedBrowser.in(context));
		}

		@Override
		public void handleTestExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
			test(context).saveFailureScreenshots(
					context.getRequiredTestClass().getSimpleName() + "." + context.getRequiredTestMethod().getName());
			throw failure;
		}

		@Override
		public void afterEach(ExtensionContext context) {
			BrowserTestCase test = test(context);
			try {
				if (context.getExecutionException().isEmpty()) {
					test.checkAccessibility();
				}
			}
			finally {
				test.closeContexts();
			}
		}

		private static BrowserTestCase test(ExtensionContext context) {
			return (BrowserTestCase) context.getRequiredTestInstance();
		}

	}

}

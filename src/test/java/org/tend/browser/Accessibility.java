package org.tend.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;

/**
 * Runs axe-core (from {@code src/test/resources/axe-core}) in the pages a browser test
 * visits and keeps every serious or critical finding, so that a page a person cannot read
 * or operate fails the test that opened it. Minor and moderate findings are left to
 * review: they include judgement calls axe itself marks as such.
 */
final class Accessibility {

	private static final String AXE = read("/axe-core/axe.min.js");

	// WCAG 2.x A and AA plus axe's best practices; the page is checked as rendered
	private static final String RUN = """
			async () => {
			  const result = await axe.run(document, { resultTypes: ['violations'] });
			  return result.violations
			    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
			    .flatMap((v) => v.nodes.map((n) => ({
			      rule: v.id, impact: v.impact, help: v.help,
			      target: n.target.join(' '), summary: n.failureSummary || '' })));
			}
			""";

	private final Set<String> findings = new LinkedHashSet<>();

	/** Checks the page now and after each page load from here on. */
	void watch(Page page) {
		page.onLoad(this::checkQuietly);
	}

	/** The findings so far, one line each: address, rule, impact, element, help. */
	List<String> findings() {
		return List.copyOf(this.findings);
	}

	/** Forgets the findings so far (for a test that wants them). */
	void forget() {
		this.findings.clear();
	}

	/** Checks a page as it is now (after htmx swaps, dialogs opened...). */
	void check(Page page) {
		if (page.isClosed() || page.url().startsWith("about:")) {
			return;
		}
		if (!Boolean.TRUE.equals(page.evaluate("() => typeof window.axe === 'object'"))) {
			// evaluated through the debugging protocol: a script tag would be blocked by
			// the application's Content Security Policy (and reported as a browser error)
			page.evaluate(AXE);
		}
		List<?> found = (List<?>) page.evaluate(RUN);
		for (Object each : found) {
			Map<?, ?> finding = (Map<?, ?>) each;
			this.findings.add(page.url() + ": " + finding.get("rule") + " (" + finding.get("impact") + ") at "
					+ finding.get("target") + ": " + finding.get("help") + "; "
					+ String.valueOf(finding.get("summary")).replace('\n', ' '));
		}
	}

	/** Fails with every finding so far, if there is any. */
	void assertNoFindings() {
		if (!this.findings.isEmpty()) {
			List<String> lines = new ArrayList<>(this.findings);
			this.findings.clear();
			throw new AssertionError("axe-core found " + lines.size()
					+ " serious or critical accessibility problem(s):\n  " + String.join("\n  ", lines));
		}
	}

	private void checkQuietly(Page page) {
		try {
			check(page);
		}
		catch (PlaywrightException ex) {
			// the test moved on (a click navigated away, the context closed) before the
			// check ended: the next page is checked on its own load
		}
	}

	private static String read(String resource) {
		try (InputStream in = Accessibility.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException(resource + " is missing from the test classpath");
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}

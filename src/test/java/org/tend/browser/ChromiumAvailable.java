package org.tend.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs browser tests only where Debian's Chromium is installed. On a developer's machine
 * a missing Chromium skips them, saying so; in CI ({@code CI=true}) or when
 * {@code TEND_CHROMIUM} names a browser explicitly, a missing one fails the tests, so
 * that a broken CI image cannot pass by skipping the browser tests.
 */
public final class ChromiumAvailable implements ExecutionCondition {

	public static final String EXECUTABLE_VARIABLE = "TEND_CHROMIUM";

	static final String DEFAULT_EXECUTABLE = "/usr/bin/chromium";

	private static volatile boolean skipReported;

	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		ConditionEvaluationResult result = check(System.getenv());
		if (result.isDisabled() && !skipReported) {
			skipReported = true;
			System.err.println("[tend] browser tests skipped: " + result.getReason().orElse(""));
		}
		return result;
	}

	/**
	 * Enabled when the Chromium is there; disabled (a local run) or an exception (CI, or
	 * an explicit path) when it is not.
	 */
	static ConditionEvaluationResult check(Map<String, String> environment) {
		Path executable = executable(environment);
		if (Files.isExecutable(executable)) {
			return ConditionEvaluationResult.enabled("Chromium found at " + executable);
		}
		String reason = "no Chromium at " + executable + ": install Debian's chromium package (apt-get install "
				+ "chromium) or set " + EXECUTABLE_VARIABLE + " to a Chromium or Chrome executable";
		if (required(environment)) {
			// JUnit reports an exception from a condition as a failure of the test class
			throw new IllegalStateException("Browser tests cannot run, " + reason);
		}
		return ConditionEvaluationResult.disabled(reason);
	}

	/** The Chromium to drive: {@code TEND_CHROMIUM}, else Debian's. */
	static Path executable() {
		return executable(System.getenv());
	}

	private static Path executable(Map<String, String> environment) {
		String configured = environment.get(EXECUTABLE_VARIABLE);
		return Path.of((configured == null || configured.isBlank()) ? DEFAULT_EXECUTABLE : configured.strip());
	}

	private static boolean required(Map<String, String> environment) {
		String configured = environment.get(EXECUTABLE_VARIABLE);
		return "true".equalsIgnoreCase(environment.get("CI")) || (configured != null && !configured.isBlank());
	}

}

package org.tend.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Optional;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Skips PostgreSQL runs, with the reason, where no server was named. A server that was
 * named ({@code .ci/run} names one) but does not answer fails them instead: a build must
 * not go green by skipping the runs it was asked for.
 */
public final class PostgresAvailable implements ExecutionCondition {

	public static final String URL_PROPERTY = "tend.test.postgres.url";

	private static volatile ConditionEvaluationResult cached;

	private static volatile String unreachable;

	private static volatile boolean skipReported;

	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		if (unreachable != null) {
			throw new IllegalStateException(unreachable);
		}
		ConditionEvaluationResult result = cached;
		if (result == null) {
			try {
				result = check(url());
			}
			catch (IllegalStateException ex) {
				unreachable = ex.getMessage();
				throw ex;
			}
			cached = result;
		}
		if (result.isDisabled() && !skipReported) {
			skipReported = true;
			System.err.println("[tend] PostgreSQL test runs skipped: " + result.getReason().orElse(""));
		}
		return result;
	}

	public static Optional<String> url() {
		String url = System.getProperty(URL_PROPERTY, "");
		return url.isBlank() ? Optional.empty() : Optional.of(url);
	}

	/**
	 * Enabled when the named server answers, disabled (with how to name one) when none is
	 * named, an exception (which JUnit reports as a failure) when the named one does not
	 * answer.
	 */
	static ConditionEvaluationResult check(Optional<String> url) {
		if (url.isEmpty()) {
			return ConditionEvaluationResult.disabled("no PostgreSQL server named: set -D" + URL_PROPERTY
					+ "=jdbc:postgresql://host:port/db (.ci/run starts one)");
		}
		String user = System.getProperty("tend.test.postgres.username", "postgres");
		String password = System.getProperty("tend.test.postgres.password", "");
		try (Connection connection = DriverManager.getConnection(url.get(), user, password)) {
			return ConditionEvaluationResult.enabled("PostgreSQL reachable at " + url.get());
		}
		catch (SQLException ex) {
			throw new IllegalStateException("PostgreSQL runs cannot run: the server named by -D" + URL_PROPERTY + " ("
					+ url.get() + ") is not reachable: " + ex.getMessage(), ex);
		}
	}

}

package org.tend.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Optional;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Skips PostgreSQL runs, with the reason, where no server was named or it does not
 * answer.
 */
public final class PostgresAvailable implements ExecutionCondition {

	public static final String URL_PROPERTY = "tend.test.postgres.url";

	private static volatile ConditionEvaluationResult cached;

	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		ConditionEvaluationResult result = cached;
		if (result == null) {
			result = check();
			cached = result;
			if (!result.isDisabled()) {
				return result;
			}
			System.err.println("[tend] PostgreSQL test runs skipped: " + result.getReason().orElse(""));
		}
		return result;
	}

	public static Optional<String> url() {
		String url = System.getProperty(URL_PROPERTY, "");
		return url.isBlank() ? Optional.empty() : Optional.of(url);
	}

	private static ConditionEvaluationResult check() {
		Optional<String> url = url();
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
			return ConditionEvaluationResult
				.disabled("PostgreSQL at " + url.get() + " is not reachable: " + ex.getMessage());
		}
	}

}

package org.tend.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.jdbc.test.autoconfigure.JdbcTest;
import org.springframework.test.context.TestPropertySource;

/**
 * A repository test on a real PostgreSQL server named by the system property
 * {@code tend.test.postgres.url} (set by {@code .ci/run}). Where none is given or
 * reachable the test class is skipped, saying so; the H2 run of the same contract still
 * runs.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(PostgresAvailable.class)
@JdbcTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@TestPropertySource(properties = { "spring.datasource.url=${tend.test.postgres.url}",
		"spring.datasource.username=${tend.test.postgres.username:postgres}",
		"spring.datasource.password=${tend.test.postgres.password:}" })
public @interface OnPostgres {

}

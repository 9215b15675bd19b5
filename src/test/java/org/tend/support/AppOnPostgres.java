package org.tend.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.test.context.TestPropertySource;

/**
 * Runs a full-application test (a {@code @SpringBootTest} it inherits) once more on the
 * real PostgreSQL server named by {@code tend.test.postgres.url}: put it on an empty
 * subclass. Every class carrying it shares one application context, in a schema of its
 * own ({@value #SCHEMA}) of the one database: what these tests commit (and the jobs their
 * contexts run) stays out of the tables the repository tests count in {@code public}. Its
 * tests must not count rows other tests write. Without a server named it skips; with one
 * named that does not answer it fails (see {@link PostgresAvailable}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(PostgresAvailable.class)
@TestPropertySource(properties = { "spring.datasource.url=${tend.test.postgres.url}",
		"spring.datasource.username=${tend.test.postgres.username:postgres}",
		"spring.datasource.password=${tend.test.postgres.password:}",
		// several of these contexts stay cached side by side: a small pool each
		"spring.datasource.hikari.maximum-pool-size=5", "spring.datasource.hikari.schema=" + AppOnPostgres.SCHEMA,
		"spring.flyway.schemas=" + AppOnPostgres.SCHEMA })
public @interface AppOnPostgres {

	/** The schema the full-application tests write in, created by Flyway. */
	String SCHEMA = "tend_app";

}

package org.tend.accounts.internal;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * Browser sessions are kept in the database (Spring Session JDBC), so any instance can
 * serve any request. The repository Spring Boot configures is wrapped, not replaced (a
 * replacement would switch Boot's session configuration off), in the quiet one.
 */
@Configuration(proxyBeanMethods = false)
class SessionStore {

	/**
	 * Two requests of one session may both add the same attribute (the CSRF token made
	 * after sign-in, say); with a plain insert the second failed with a duplicate key and
	 * its page with a 500. An upsert lets the later write win, as in memory.
	 */
	private static final String POSTGRESQL_ATTRIBUTE_UPSERT = """
			INSERT INTO %TABLE_NAME%_ATTRIBUTES (SESSION_PRIMARY_ID, ATTRIBUTE_NAME, ATTRIBUTE_BYTES)
			VALUES (?, ?, ?)
			ON CONFLICT (SESSION_PRIMARY_ID, ATTRIBUTE_NAME) DO UPDATE SET ATTRIBUTE_BYTES = EXCLUDED.ATTRIBUTE_BYTES
			""";

	private static final String H2_ATTRIBUTE_UPSERT = """
			MERGE INTO %TABLE_NAME%_ATTRIBUTES (SESSION_PRIMARY_ID, ATTRIBUTE_NAME, ATTRIBUTE_BYTES)
			KEY (SESSION_PRIMARY_ID, ATTRIBUTE_NAME)
			VALUES (?, ?, ?)
			""";

	@Bean
	static BeanPostProcessor quietSessionRepository() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				return (bean instanceof JdbcIndexedSessionRepository sessions) ? QuietSessionRepository.over(sessions)
						: bean;
			}
		};
	}

	@Bean
	SessionRepositoryCustomizer<JdbcIndexedSessionRepository> attributeUpserts(DataSource dataSource) {
		boolean postgres = isPostgres(dataSource);
		return (sessions) -> sessions
			.setCreateSessionAttributeQuery(postgres ? POSTGRESQL_ATTRIBUTE_UPSERT : H2_ATTRIBUTE_UPSERT);
	}

	private static boolean isPostgres(DataSource dataSource) {
		try (Connection connection = dataSource.getConnection()) {
			return connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot tell which database holds the sessions", ex);
		}
	}

}

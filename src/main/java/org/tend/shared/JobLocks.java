package org.tend.shared;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.provider.sql.DatabaseProduct;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Several Tend instances may share one database; a job annotated
 * {@code @SchedulerLock(name = "...")} runs on one of them at a time. The lock lives in
 * the {@code shedlock} table and uses the database's clock, so instances with skewed
 * clocks still agree. Each job also holds its lock for at least
 * {@code tend.jobs.lock-at-least-for} (20 s): a run that ends in milliseconds would
 * otherwise free the lock before an instance whose scheduler fires a little later takes
 * it, and the job would run twice. Kept apart from {@link SchedulingConfiguration} so the
 * lock also holds when a test (or an operator) calls a job directly.
 */
@Configuration(proxyBeanMethods = false)
@EnableSchedulerLock(defaultLockAtMostFor = "PT30M")
class JobLocks {

	@Bean
	LockProvider lockProvider(DataSource dataSource) throws SQLException {
		return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
			.withJdbcTemplate(new JdbcTemplate(dataSource))
			.withDatabaseProduct(productOf(dataSource))
			.usingDbTime()
			.build());
	}

	/**
	 * Named once at start-up, while the database answers: ShedLock would otherwise find
	 * out on the first lock and, were the database away at that moment, settle on
	 * "unknown" and fail every job until a restart.
	 */
	private static DatabaseProduct productOf(DataSource dataSource) throws SQLException {
		try (Connection connection = dataSource.getConnection()) {
			return DatabaseProduct.matchProductName(connection.getMetaData().getDatabaseProductName());
		}
	}

}

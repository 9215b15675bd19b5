package org.tend.accounts;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * Browser sessions are kept in the database (Spring Session JDBC), so any instance can
 * serve any request. The repository Spring Boot configures is wrapped, not replaced (a
 * replacement would switch Boot's session configuration off), in the quiet one.
 */
@Configuration(proxyBeanMethods = false)
class SessionStore {

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

}

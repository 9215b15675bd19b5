package org.tend.accounts;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.test.context.TestPropertySource;
import org.tend.support.PostgresAvailable;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The session store's upsert of an attribute is written in each database's own dialect;
 * this is PostgreSQL's (H2's runs in {@link SessionWritesTests}).
 */
@SpringBootTest
@ExtendWith(PostgresAvailable.class)
@TestPropertySource(properties = { "spring.datasource.url=${tend.test.postgres.url}",
		"spring.datasource.username=${tend.test.postgres.username:postgres}",
		"spring.datasource.password=${tend.test.postgres.password:}" })
class SessionStorePostgresTests {

	@Autowired
	ApplicationContext context;

	@Test
	void twoRequestsAddingTheSameAttributeToASessionBothSucceed() {
		SessionRepository<?> sessions = this.context.getBean("sessionRepository", SessionRepository.class);

		assertThat(laterWriteWins(sessions)).isEqualTo("from the second request");
	}

	/**
	 * Both requests read the session before either adds the attribute; the later wins.
	 */
	static <S extends Session> String laterWriteWins(SessionRepository<S> sessions) {
		S session = sessions.createSession();
		sessions.save(session);
		S first = sessions.findById(session.getId());
		S second = sessions.findById(session.getId());

		first.setAttribute("token", "from the first request");
		sessions.save(first);
		second.setAttribute("token", "from the second request");
		sessions.save(second);

		String token = sessions.findById(session.getId()).getAttribute("token");
		sessions.deleteById(session.getId());
		return token;
	}

}

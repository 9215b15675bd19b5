package org.tend.accounts;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.session.SessionRepository;
import org.tend.accounts.internal.QuietSessionRepository;
import org.tend.support.JsonApi;
import org.tend.support.JsonApi.Member;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A page view reads the browser session but writes it only when something in it changed
 * or its last access is a minute old or more.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class SessionWritesTests {

	private static final String PASSWORD = "correct horse battery";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationContext context;

	@Test
	void pageViewsWithinAMinuteLeaveTheStoredSessionAlone() {
		Member member = new JsonApi(this.port).signUp(JsonApi.uniqueEmail("quiet"), PASSWORD, "Zoë");
		HttpVisitor browser = new HttpVisitor(this.port);
		browser.signIn(member.email(), PASSWORD);
		long stored = lastAccess(member);

		assertThat(browser.get("/people").status()).isEqualTo(200);
		assertThat(browser.get("/settings").status()).isEqualTo(200);

		assertThat(lastAccess(member)).isEqualTo(stored);
	}

	@Test
	void aPageViewAMinuteLaterRecordsTheAccess() {
		Member member = new JsonApi(this.port).signUp(JsonApi.uniqueEmail("later"), PASSWORD, "Zoë");
		HttpVisitor browser = new HttpVisitor(this.port);
		browser.signIn(member.email(), PASSWORD);
		long twoMinutesAgo = lastAccess(member) - 120_000;
		this.jdbc.sql("update spring_session set last_access_time = :at where principal_name = :email")
			.param("at", twoMinutesAgo)
			.param("email", member.email())
			.update();

		assertThat(browser.get("/people").status()).isEqualTo(200);

		assertThat(lastAccess(member)).isGreaterThanOrEqualTo(twoMinutesAgo + 120_000);
	}

	@Test
	void twoRequestsAddingTheSameAttributeToASessionBothSucceed() {
		SessionRepository<?> sessions = this.context.getBean("sessionRepository", SessionRepository.class);

		assertThat(sessions).isInstanceOf(QuietSessionRepository.class);
		assertThat(SessionStorePostgresTests.laterWriteWins(sessions)).isEqualTo("from the second request");
	}

	private long lastAccess(Member member) {
		return this.jdbc.sql("select last_access_time from spring_session where principal_name = :email")
			.param("email", member.email())
			.query(Long.class)
			.single();
	}

}

package org.tend.accounts;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tend.accounts.HttpVisitor.Page;
import org.tend.support.JsonApi;
import org.tend.support.JsonApi.Member;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The page a visitor asked for before signing in is remembered in the stored session by
 * its address alone: no header of that request (an Authorization header above all) is
 * written to the session table, and calls to the API or the actuator store no session.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class SavedRequestTests {

	private static final String PASSWORD = "correct horse battery";

	private static final String BASIC = "Basic b3BzOnMzY3JldC1wYXNzd29yZA==";

	private static final String BEARER = "Bearer tend_leakedTokenLeakedToken";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void noAuthorizationHeaderLandsInTheSessionTable() {
		HttpVisitor browser = new HttpVisitor(this.port);

		Page redirected = browser.get("/people?q=ana", "Authorization", BASIC, "X-Api-Key", BEARER);

		assertThat(redirected.status()).isEqualTo(302);
		for (byte[] attribute : attributes()) {
			String text = new String(attribute, StandardCharsets.ISO_8859_1);
			assertThat(text).doesNotContain("b3BzOnMzY3JldC1wYXNzd29yZA", "leakedToken", "Authorization");
		}
		Member member = new JsonApi(this.port).signUp(JsonApi.uniqueEmail("zoe"), PASSWORD, "Zoë");
		Page signedIn = browser.signIn(member.email(), PASSWORD);
		assertThat(signedIn.location()).contains("/people?q=ana");
	}

	@Test
	void apiAndActuatorCallsStoreNoSession() {
		long before = sessions();

		new HttpVisitor(this.port).get("/actuator/metrics", "Authorization", BASIC);
		new HttpVisitor(this.port).get("/actuator/prometheus");
		new HttpVisitor(this.port).get("/api/v1/me", "Authorization", BEARER);
		new HttpVisitor(this.port).get("/actuator/health");

		assertThat(sessions()).isEqualTo(before);
	}

	@Test
	void anonymousVisitsToTheSignInPageStoreNoSessionAndItsFormStillNeedsItsToken() {
		long before = sessions();
		for (int i = 0; i < 5; i++) {
			assertThat(new HttpVisitor(this.port).get("/login").status()).isEqualTo(200);
		}
		HttpVisitor browser = new HttpVisitor(this.port);
		browser.get("/login");
		browser.get("/login?error");
		assertThat(sessions()).isEqualTo(before);

		HttpVisitor elsewhere = new HttpVisitor(this.port);
		elsewhere.get("/login");
		Member member = new JsonApi(this.port).signUp(JsonApi.uniqueEmail("kai"), PASSWORD, "Kai");
		// a page of another site posts the form without the token the page carried
		assertThat(elsewhere.postWithoutCsrf("/login", "username", member.email(), "password", PASSWORD).status())
			.isEqualTo(403);
		assertThat(sessions()).isEqualTo(before);

		Page signedIn = browser.signIn(member.email(), PASSWORD);
		assertThat(signedIn.location()).endsWith("/today");
		assertThat(browser.get("/settings").status()).isEqualTo(200);
		assertThat(sessions()).isEqualTo(before + 1);
		// signed in, forms carry the token kept in the session
		assertThat(browser.post("/logout").status()).isEqualTo(302);
		assertThat(browser.get("/settings").status()).isEqualTo(302);
	}

	private List<byte[]> attributes() {
		return this.jdbc.sql("select attribute_bytes from spring_session_attributes").query(byte[].class).list();
	}

	private long sessions() {
		return this.jdbc.sql("select count(*) from spring_session").query(Long.class).single();
	}

}

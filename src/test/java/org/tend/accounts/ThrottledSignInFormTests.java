package org.tend.accounts;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.tend.accounts.HttpVisitor.Page;
import org.tend.support.JsonApi;
import org.tend.support.JsonApi.Member;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The throttle through the sign-in form. In a context of its own, thrown away after: the
 * test machine's address stays throttled for the window.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "tend.login-throttle.max-failures=5", "tend.login-throttle.window=15m" })
@DirtiesContext
class ThrottledSignInFormTests {

	private static final String PASSWORD = "correct horse battery";

	@LocalServerPort
	int port;

	@Test
	void fiveFailuresThrottleSignInEvenWithTheRightPassword() {
		Member member = new JsonApi(this.port).signUp(JsonApi.uniqueEmail("zoe"), PASSWORD, "Zoë Ñúñez 🌱");
		HttpVisitor browser = new HttpVisitor(this.port);
		for (int i = 0; i < 5; i++) {
			assertThat(browser.signIn(member.email(), "wrong guess " + i).location()).endsWith("/login?error");
		}

		Page throttled = browser.signIn(member.email(), PASSWORD);

		assertThat(throttled.status()).isEqualTo(429);
		assertThat(throttled.header("Retry-After")).isPresent()
			.get()
			.satisfies((seconds) -> assertThat(Long.parseLong(seconds)).isBetween(1L, 900L));
		assertThat(throttled.body()).contains("Too many failed sign-ins. Try again in 15 minutes.")
			.contains("<form action=\"/login\"");
		assertThat(browser.get("/settings").status()).isEqualTo(302);

		// the address is throttled too, whatever email it tries next
		Page otherEmail = new HttpVisitor(this.port).signIn(JsonApi.uniqueEmail("other"), PASSWORD);
		assertThat(otherEmail.status()).isEqualTo(429);
	}

}

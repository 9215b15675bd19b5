package org.tend.accounts;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tend.accounts.HttpVisitor.Page;
import org.tend.support.JsonApi;
import org.tend.support.JsonApi.Reply;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "tend.signup=closed")
class ClosedSignupTests {

	@LocalServerPort
	int port;

	@Autowired
	AccountsService accounts;

	@Test
	void theApiRefusesEverySignUp() {
		String email = JsonApi.uniqueEmail("zoe");

		Reply reply = new JsonApi(this.port).call("POST", "/api/v1/accounts", null,
				Map.of("email", email, "password", "correct horse battery", "displayName", "Zoë"));

		assertThat(reply.status()).isEqualTo(403);
		assertThat(reply.contentType()).startsWith("application/problem+json");
		assertThat(reply.json().get("detail").asString()).contains("closed");
		assertThat(this.accounts.findByEmail(email)).isEmpty();
	}

	@Test
	void noDemoAccountIsMadeOnAClosedServer() {
		HttpVisitor browser = new HttpVisitor(this.port);
		assertThat(browser.get("/").body()).doesNotContain("action=\"/demo\"");

		Page refused = browser.post("/demo");

		assertThat(refused.status()).isEqualTo(404);
		assertThat(browser.get("/settings").status()).isEqualTo(302);
	}

	@Test
	void thePagesSaySignUpIsClosed() {
		HttpVisitor browser = new HttpVisitor(this.port);
		Page form = browser.get("/signup");
		assertThat(form.body()).contains("Sign-up is closed on this server.").doesNotContain("action=\"/signup\"");
		assertThat(browser.get("/login").body()).doesNotContain("href=\"/signup\"");
		String email = JsonApi.uniqueEmail("zoe");

		Page posted = browser.post("/signup", "displayName", "Zoë", "email", email, "password",
				"correct horse battery");

		assertThat(posted.status()).isEqualTo(403);
		assertThat(this.accounts.findByEmail(email)).isEmpty();
	}

}

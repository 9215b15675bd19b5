package org.tend.accounts;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tend.accounts.HttpVisitor.Page;
import org.tend.accounts.internal.SessionlessCsrfTokens;
import org.tend.support.JsonApi;
import org.tend.support.JsonApi.Member;
import org.tend.support.JsonApi.Reply;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class SecurityHeadersTests {

	@LocalServerPort
	int port;

	@Test
	void pagesForbidFramingSniffingInlineScriptsAndLeakyReferrers() {
		HttpVisitor anonymous = new HttpVisitor(this.port);
		HttpVisitor signedIn = new HttpVisitor(this.port);
		String password = "correct horse battery";
		Member member = new JsonApi(this.port).signUp(JsonApi.uniqueEmail("zoe"), password, "Zoë");
		signedIn.signIn(member.email(), password);

		for (String path : new String[] { "/login", "/signup", "/settings" }) {
			Page page = ("/settings".equals(path) ? signedIn : anonymous).get(path);
			assertThat(page.status()).as(path).isEqualTo(200);
			assertThat(page.header("Content-Security-Policy")).as(path)
				.get()
				.asString()
				.contains("default-src 'self'", "script-src 'self'", "style-src 'self'", "frame-ancestors 'none'")
				.doesNotContain("unsafe-inline");
			assertThat(page.header("X-Frame-Options")).as(path).contains("DENY");
			assertThat(page.header("X-Content-Type-Options")).as(path).contains("nosniff");
			assertThat(page.header("Referrer-Policy")).as(path).contains("same-origin");
			assertThat(page.header("Cache-Control")).as(path).get().asString().contains("no-store");
		}
	}

	@Test
	void apiAnswersCarryTheSameProtections() {
		Member member = new JsonApi(this.port).signUp(JsonApi.uniqueEmail("zoe"), "correct horse battery", "Zoë");

		for (Reply reply : new Reply[] { new JsonApi(this.port).call("GET", "/api/v1/me", member.token(), null),
				new JsonApi(this.port).call("GET", "/api/v1/me", null, null) }) {
			assertThat(reply.header("Content-Security-Policy")).isEqualTo("default-src 'none'");
			assertThat(reply.header("X-Frame-Options")).isEqualTo("DENY");
			assertThat(reply.header("X-Content-Type-Options")).isEqualTo("nosniff");
			assertThat(reply.header("Referrer-Policy")).isEqualTo("no-referrer");
			assertThat(reply.header("Cache-Control")).contains("no-store");
		}
	}

	@Test
	void healthIsPublicAndUp() {
		Reply health = new JsonApi(this.port).call("GET", "/actuator/health", null, null);

		assertThat(health.status()).isEqualTo(200);
		assertThat(health.json().get("status").asString()).isEqualTo("UP");
	}

	@Test
	void theSessionCookieIsHiddenFromScripts() {
		HttpVisitor browser = new HttpVisitor(this.port);

		Page page = browser.get("/login");
		Member member = new JsonApi(this.port).signUp(JsonApi.uniqueEmail("cookie"), "correct horse battery", "Cy");
		Page signedIn = browser.post("/login", "username", member.email(), "password", "correct horse battery");

		// before signing in, the form's token is in a cookie of its own, not in a session
		assertThat(page.headers().allValues("Set-Cookie"))
			.noneSatisfy((cookie) -> assertThat(cookie).startsWith("SESSION="))
			.anySatisfy((cookie) -> assertThat(cookie).startsWith(SessionlessCsrfTokens.COOKIE + "=")
				.contains("HttpOnly")
				.contains("SameSite=Lax"));
		assertThat(signedIn.headers().allValues("Set-Cookie")).anySatisfy(
				(cookie) -> assertThat(cookie).startsWith("SESSION=").contains("HttpOnly").contains("SameSite=Lax"));
	}

}

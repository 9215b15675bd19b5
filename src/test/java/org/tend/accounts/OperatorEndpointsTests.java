package org.tend.accounts;

import java.io.IOException;
import java.net.ServerSocket;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.tend.accounts.HttpVisitor.Page;
import org.tend.support.JsonApi;
import org.tend.support.JsonApi.Reply;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the operator's tools see: metrics only for an admin, a health status that a mail
 * outage does not turn DOWN, and, behind a TLS proxy, a secure session cookie and HSTS.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "tend.admin-emails=ops@example.org")
class OperatorEndpointsTests {

	private static final String PASSWORD = "correct horse battery";

	@LocalServerPort
	int port;

	/** A mail server that is not there: a port nothing listens on. */
	@DynamicPropertySource
	static void unreachableMailServer(DynamicPropertyRegistry registry) throws IOException {
		int closed;
		try (ServerSocket socket = new ServerSocket(0)) {
			closed = socket.getLocalPort();
		}
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> closed);
	}

	@Test
	void metricsAreForAdminsOnly() {
		JsonApi api = new JsonApi(this.port);
		api.signUp("ops@example.org", PASSWORD, "Operator");
		String memberEmail = JsonApi.uniqueEmail("zoe");
		api.signUp(memberEmail, PASSWORD, "Zoë");
		HttpVisitor admin = new HttpVisitor(this.port);
		admin.signIn("ops@example.org", PASSWORD);
		HttpVisitor member = new HttpVisitor(this.port);
		member.signIn(memberEmail, PASSWORD);

		for (String path : new String[] { "/actuator/metrics", "/actuator/prometheus" }) {
			assertThat(member.get(path).status()).as(path).isEqualTo(403);
			assertThat(new HttpVisitor(this.port).get(path).status()).as(path).isIn(302, 401);
		}
		assertThat(admin.get("/actuator/metrics").status()).isEqualTo(200);
		// prometheus exists only with its registry on the class path; never refused to an
		// admin
		assertThat(admin.get("/actuator/prometheus").status()).isNotEqualTo(403);
		assertThat(new HttpVisitor(this.port).get("/actuator/health").status()).isEqualTo(200);
	}

	@Test
	void aMailOutageLeavesTheInstanceHealthy() {
		Reply health = new JsonApi(this.port).get("/actuator/health");
		Reply readiness = new JsonApi(this.port).get("/actuator/health/readiness");

		assertThat(health.status()).as(health.body()).isEqualTo(200);
		assertThat(health.json().get("status").asString()).isEqualTo("UP");
		assertThat(readiness.status()).isEqualTo(200);
		Reply mail = new JsonApi(this.port).get("/actuator/health/mail");
		assertThat(mail.status()).as(mail.body()).isEqualTo(200);
		assertThat(mail.json().get("status").asString()).isEqualTo("WARNING");
	}

	@Test
	void behindATlsProxyTheSignInPagesCookieIsSecureAndHstsIsSent() {
		// an anonymous visit to the sign-in page stores no session (finding 3): its one
		// cookie is the CSRF token's, which must be Secure behind TLS like the session's
		Page overTls = new HttpVisitor(this.port).get("/login", "X-Forwarded-Proto", "https");
		Page plain = new HttpVisitor(this.port).get("/login");

		assertThat(overTls.headers().allValues("Set-Cookie"))
			.anySatisfy((cookie) -> assertThat(cookie).startsWith("TEND-CSRF=").contains("Secure"));
		assertThat(overTls.header("Strict-Transport-Security")).isPresent();
		assertThat(plain.headers().allValues("Set-Cookie"))
			.noneSatisfy((cookie) -> assertThat(cookie).contains("Secure"));
		assertThat(plain.header("Strict-Transport-Security")).isEmpty();
	}

}

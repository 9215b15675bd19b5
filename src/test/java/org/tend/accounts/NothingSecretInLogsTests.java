package org.tend.accounts;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tend.accounts.HttpVisitor.Page;
import org.tend.accounts.internal.AccountRepository;
import org.tend.shared.Secrets;
import org.tend.support.JsonApi;
import org.tend.support.JsonApi.Member;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs every way a secret enters Tend (sign-up, wrong and right sign-in, tokens,
 * invitations, password change, bad input) and reads everything logged meanwhile, with
 * Tend's, Spring's and Tomcat's loggers at DEBUG: nothing secret, even when an operator
 * turns on debugging.
 */
@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = { "tend.signup=invite",
		"logging.level.org.tend=debug", "logging.level.org.springframework=debug", "logging.level.org.apache=debug" })
class NothingSecretInLogsTests {

	@LocalServerPort
	int port;

	/**
	 * The levels above are set on the JVM's one logging system, and the test contexts
	 * after this one do not reset them: without this, every later test would log at DEBUG
	 * (a CI log of hundreds of megabytes).
	 */
	@AfterAll
	static void quietAgain() {
		LoggingSystem logging = LoggingSystem.get(NothingSecretInLogsTests.class.getClassLoader());
		for (String logger : List.of("org.tend", "org.springframework", "org.apache")) {
			logging.setLogLevel(logger, null);
		}
	}

	@Autowired
	AccountRepository accountRepository;

	@Test
	void noPasswordHashTokenOrInvitationIsEverLogged(CapturedOutput output) {
		List<String> secrets = new ArrayList<>();
		JsonApi api = new JsonApi(this.port);
		LoggerFactory.getLogger(NothingSecretInLogsTests.class).info("log capture is on");

		String hostPassword = "host passphrase Ñúñez 🌱";
		Member host = api.signUp(JsonApi.uniqueEmail("host"), hostPassword, "Zoë Ñúñez 🌱");
		secrets.addAll(List.of(hostPassword, host.token(), Secrets.hash(host.token())));
		api.call("POST", "/api/v1/accounts", null, Map.of("email", JsonApi.uniqueEmail("x"), "password", "tiny-secret",
				"displayName", "X", "invitation", "inv_guessed-code"));
		secrets.addAll(List.of("tiny-secret", "inv_guessed-code"));

		HttpVisitor browser = new HttpVisitor(this.port);
		browser.signIn(host.email(), "wrong guess of the host");
		secrets.add("wrong guess of the host");
		assertThat(browser.signIn(host.email(), hostPassword).location()).endsWith("/today");
		browser.get("/settings");
		String token = browser.post("/settings/tokens", "name", "Backup").inputValue("new-token").orElseThrow();
		String link = browser.post("/settings/invitations").inputValue("invitation-link").orElseThrow();
		String invitation = link.substring(link.indexOf("inv_"));
		secrets.addAll(List.of(token, Secrets.hash(token), invitation, Secrets.hash(invitation)));
		assertThat(api.call("GET", "/api/v1/me", token, null).status()).isEqualTo(200);
		assertThat(api.call("GET", "/api/v1/me", "tend_not-a-real-token-secret", null).status()).isEqualTo(401);
		secrets.add("tend_not-a-real-token-secret");

		HttpVisitor guest = new HttpVisitor(this.port);
		guest.get("/signup?invitation=" + invitation);
		Page joined = guest.post("/signup", "displayName", "李小龍", "email", JsonApi.uniqueEmail("li"), "password",
				"guest passphrase 李小龍", "invitation", invitation);
		assertThat(joined.status()).isEqualTo(302);
		secrets.add("guest passphrase 李小龍");

		browser.post("/settings/password", "currentPassword", "not the current one", "newPassword",
				"a brand new passphrase", "confirmation", "a brand new passphrase");
		Page changed = browser.post("/settings/password", "currentPassword", hostPassword, "newPassword",
				"a brand new passphrase", "confirmation", "a brand new passphrase");
		assertThat(changed.status()).isEqualTo(302);
		secrets.addAll(List.of("not the current one", "a brand new passphrase"));
		String hash = this.accountRepository.passwordHash(host.id()).orElseThrow();
		secrets.add(hash.substring(hash.indexOf('}') + 1));

		assertThat(output.getAll()).contains("log capture is on");
		assertThat(secrets).allSatisfy((secret) -> assertThat(output.getAll()).doesNotContain(secret));
	}

}

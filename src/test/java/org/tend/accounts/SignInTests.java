package org.tend.accounts;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.tend.accounts.HttpVisitor.Page;
import org.tend.accounts.internal.AccountRepository;
import org.tend.accounts.internal.MemberDetailsService;
import org.tend.support.JsonApi;
import org.tend.support.JsonApi.Member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Sign-in, sign-out and sign-up with the pages. Every failed sign-in here counts against
 * the test machine's address: keep them few (the throttle has its own tests).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class SignInTests {

	private static final String PASSWORD = "correct horse battery";

	@LocalServerPort
	int port;

	@Autowired
	AccountsService accounts;

	@Autowired
	AccountRepository accountRepository;

	@Autowired
	MemberDetailsService memberDetails;

	@Autowired
	PasswordEncoder passwordEncoder;

	@Autowired
	JdbcClient jdbc;

	@Test
	void signingInGivesTheSessionANewId() {
		Member member = member();
		HttpVisitor browser = new HttpVisitor(this.port);
		// a page that needs signing in remembers itself in a session
		browser.get("/settings");
		browser.get("/login");
		String before = browser.sessionCookie().orElseThrow();

		Page signedIn = browser.post("/login", "username", member.email().toUpperCase(), "password", PASSWORD);

		assertThat(signedIn.status()).isEqualTo(302);
		assertThat(signedIn.location()).contains("/settings");
		assertThat(browser.sessionCookie()).isPresent().get().isNotEqualTo(before);
		assertThat(browser.get("/settings").status()).isEqualTo(200);
	}

	@Test
	void theLongestEmailsStillSignIn() {
		// 64 characters before the @, 200 in all: the session store indexes it
		String email = "z".repeat(56) + JsonApi.uniqueEmail("").substring(1, 9) + "@" + "a".repeat(60) + "."
				+ "b".repeat(60) + ".example.org";
		Member member = new JsonApi(this.port).signUp(email, PASSWORD, "Zoë");
		HttpVisitor browser = new HttpVisitor(this.port);

		assertThat(browser.signIn(member.email(), PASSWORD).location()).endsWith("/today");
		assertThat(browser.get("/settings").status()).isEqualTo(200);
	}

	@Test
	void theStoredSessionHoldsNeitherThePasswordNorItsHash() {
		Member member = member();
		String hash = this.accountRepository.passwordHash(member.id()).orElseThrow();
		HttpVisitor browser = new HttpVisitor(this.port);
		browser.signIn(member.email(), PASSWORD);
		assertThat(browser.get("/settings").status()).isEqualTo(200);

		List<byte[]> stored = this.jdbc.sql("select attribute_bytes from spring_session_attributes")
			.query(byte[].class)
			.list();

		assertThat(stored).isNotEmpty()
			.allSatisfy((bytes) -> assertThat(new String(bytes, StandardCharsets.ISO_8859_1))
				.doesNotContain(hash.substring(8))
				.doesNotContain(PASSWORD)
				.doesNotContain(member.token()));
	}

	@Test
	void aWrongPasswordShowsTheFormAgain() {
		HttpVisitor browser = new HttpVisitor(this.port);

		Page failed = browser.signIn(member().email(), "not the password");

		assertThat(failed.status()).isEqualTo(302);
		assertThat(failed.location()).endsWith("/login?error");
		assertThat(browser.follow(failed).body()).contains("Wrong email or password.");
		assertThat(browser.get("/settings").status()).isEqualTo(302);
	}

	@Test
	void theSignInFormNeedsItsCsrfToken() {
		HttpVisitor browser = new HttpVisitor(this.port);
		browser.get("/login");

		Page page = browser.postWithoutCsrf("/login", "username", member().email(), "password", PASSWORD);

		assertThat(page.status()).isEqualTo(403);
		assertThat(browser.get("/settings").status()).isEqualTo(302);
	}

	@Test
	void signingOutEndsTheSession() {
		Member member = member();
		HttpVisitor browser = new HttpVisitor(this.port);
		browser.signIn(member.email(), PASSWORD);
		browser.get("/settings");

		Page signedOut = browser.post("/logout");

		assertThat(signedOut.status()).isEqualTo(302);
		assertThat(signedOut.location()).endsWith("/login?signedOut");
		assertThat(browser.follow(signedOut).body()).contains("You are signed out.");
		Page settings = browser.get("/settings");
		assertThat(settings.status()).isEqualTo(302);
		assertThat(settings.location()).endsWith("/login");
	}

	@Test
	void aMemberAskedToSignInReturnsToThePageTheyWanted() {
		Member member = member();
		HttpVisitor browser = new HttpVisitor(this.port);
		assertThat(browser.get("/settings").location()).endsWith("/login");

		Page signedIn = browser.signIn(member.email(), PASSWORD);

		assertThat(signedIn.location()).contains("/settings");
	}

	@Test
	void anHtmxRequestWithoutSessionIsToldToReloadTheSignInPage() {
		Page page = new HttpVisitor(this.port).get("/settings", "HX-Request", "true");

		assertThat(page.status()).isEqualTo(401);
		assertThat(page.header("HX-Redirect")).contains("/login");
	}

	@Test
	void sampleDataAccountsCannotSignInWithAPassword() {
		Account demo = this.accounts.createDemoAccount("Sample Zoë", ZoneId.of("Europe/Madrid"));
		assertThatExceptionOfType(UsernameNotFoundException.class)
			.isThrownBy(() -> this.memberDetails.loadUserByUsername(demo.email()));

		// even one whose password were known
		Account known = new Account(UUID.randomUUID(), "demo-" + UUID.randomUUID() + "@demo.tend.invalid", "Sample",
				ZoneId.of("UTC"), true, Instant.now());
		this.accountRepository.insert(known, this.passwordEncoder.encode(PASSWORD));
		Page page = new HttpVisitor(this.port).signIn(known.email(), PASSWORD);
		assertThat(page.location()).endsWith("/login?error");
	}

	@Test
	void signUpWithThePageReRendersTheFormWithMessages() {
		HttpVisitor browser = new HttpVisitor(this.port);
		browser.get("/signup");

		Page page = browser.post("/signup", "displayName", "", "email", "zoe@", "password", "too-short");

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body())
			.contains("Enter your name.", "Enter a valid email address.", "Use at least 12 characters.")
			.contains("value=\"zoe@\"")
			.doesNotContain("too-short");
		assertThat(browser.get("/settings").status()).isEqualTo(302);
	}

	@Test
	void signUpWithThePageSignsTheNewMemberIn() {
		HttpVisitor browser = new HttpVisitor(this.port);
		// a page that needs signing in remembers itself in a session
		browser.get("/settings");
		browser.get("/signup");
		String before = browser.sessionCookie().orElseThrow();
		String email = JsonApi.uniqueEmail("zoë");

		Page page = browser.post("/signup", "displayName", "Zoë Ñúñez 🌱", "email", email, "password", PASSWORD);

		assertThat(page.status()).isEqualTo(302);
		assertThat(page.location()).endsWith("/today");
		assertThat(browser.sessionCookie()).isPresent().get().isNotEqualTo(before);
		assertThat(browser.get("/settings").body()).contains("Signed in as Zoë Ñúñez 🌱");
	}

	@Test
	void signUpWithThePageReportsATakenEmailOnItsField() {
		Member member = member();
		HttpVisitor browser = new HttpVisitor(this.port);
		browser.get("/signup");

		Page page = browser.post("/signup", "displayName", "Other", "email", member.email(), "password", PASSWORD);

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("id=\"email-error\"").contains("An account with this email already exists.");
	}

	private Member member() {
		return new JsonApi(this.port).signUp(JsonApi.uniqueEmail("member"), PASSWORD, "Zoë");
	}

}

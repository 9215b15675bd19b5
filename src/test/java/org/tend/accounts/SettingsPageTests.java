package org.tend.accounts;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tend.accounts.HttpVisitor.Page;
import org.tend.support.JsonApi;
import org.tend.support.JsonApi.Member;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class SettingsPageTests {

	private static final String PASSWORD = "correct horse battery";

	@LocalServerPort
	int port;

	@Test
	void showsProfilePasswordAndTokensWithLabelledFields() {
		HttpVisitor browser = signedIn(member("Zoë Ñúñez 🌱"));

		Page page = browser.get("/settings");

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("Signed in as Zoë Ñúñez 🌱")
			.contains("<label for=\"displayName\"", "<label for=\"timeZone\"", "<label for=\"currentPassword\"",
					"<label for=\"newPassword\"", "<label for=\"confirmation\"", "<label for=\"name\"")
			.containsPattern("<option value=\"UTC\" selected=\"selected\">UTC</option>")
			.contains("Europe/Madrid (UTC+", "America/Argentina/Buenos Aires")
			.contains("name=\"_csrf\"")
			.doesNotContain("id=\"invitations\"");
		// the CSP forbids them: the page must not need them
		assertThat(page.body()).doesNotContainPattern("\\sstyle=").doesNotContainPattern("<script(?![^>]*\\ssrc=)");
	}

	@Test
	void aProfileChangeIsSavedAndReachesTheSessionAtOnce() {
		Member member = member("Zoë");
		HttpVisitor browser = signedIn(member);
		browser.get("/settings");

		Page saved = browser.post("/settings/profile", "displayName", "  李小龍 ", "timeZone", "Asia/Hong_Kong");

		assertThat(saved.status()).isEqualTo(302);
		assertThat(saved.location()).endsWith("/settings");
		Page page = browser.follow(saved);
		assertThat(page.body()).contains("Your profile is saved.")
			.contains("Signed in as 李小龍 (" + member.email() + ")")
			.contains("<option value=\"Asia/Hong_Kong\" selected=\"selected\">");
		JsonApi.Reply me = new JsonApi(this.port).call("GET", "/api/v1/me", member.token(), null);
		assertThat(me.json().get("displayName").asString()).isEqualTo("李小龍");
		assertThat(me.json().get("timeZone").asString()).isEqualTo("Asia/Hong_Kong");
	}

	@Test
	void theProfileFormComesBackWithMessagesOnBadInput() {
		Member member = member("Zoë");
		HttpVisitor browser = signedIn(member);
		browser.get("/settings");

		Page page = browser.post("/settings/profile", "displayName", " ", "timeZone", "Mars/Olympus_Mons");

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("Enter your name.", "Choose a time zone from the list.")
			.contains("aria-invalid=\"true\"");
		assertThat(new JsonApi(this.port).call("GET", "/api/v1/me", member.token(), null)
			.json()
			.get("displayName")
			.asString()).isEqualTo("Zoë");
	}

	@Test
	void aWrongCurrentPasswordChangesNothing() {
		Member member = member("Sam");
		HttpVisitor browser = signedIn(member);
		browser.get("/settings");

		Page page = browser.post("/settings/password", "currentPassword", "not my password", "newPassword",
				"a brand new passphrase", "confirmation", "a brand new passphrase");

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("This is not your current password.")
			.doesNotContain("not my password")
			.doesNotContain("a brand new passphrase");
		assertThat(new HttpVisitor(this.port).signIn(member.email(), PASSWORD).location()).endsWith("/today");
	}

	@Test
	void wrongCurrentPasswordsAreThrottledLikeSignIns() {
		Member member = member("Ira");
		HttpVisitor browser = signedIn(member);
		browser.get("/settings");
		for (int i = 0; i < 5; i++) {
			assertThat(browser
				.post("/settings/password", "currentPassword", "guess " + i, "newPassword", "a brand new passphrase",
						"confirmation", "a brand new passphrase")
				.status()).isEqualTo(200);
		}

		Page throttled = browser.post("/settings/password", "currentPassword", PASSWORD, "newPassword",
				"a brand new passphrase", "confirmation", "a brand new passphrase");

		assertThat(throttled.status()).isEqualTo(429);
		assertThat(throttled.body()).contains("Too many wrong passwords");
	}

	@Test
	void theNewPasswordMustBeLongEnoughAndConfirmed() {
		HttpVisitor browser = signedIn(member("Sam"));
		browser.get("/settings");

		Page tooShort = browser.post("/settings/password", "currentPassword", PASSWORD, "newPassword", "short",
				"confirmation", "short");
		Page mismatch = browser.post("/settings/password", "currentPassword", PASSWORD, "newPassword",
				"a brand new passphrase", "confirmation", "a brand new passphrase!");

		assertThat(tooShort.body()).contains("Use at least 12 characters.");
		assertThat(mismatch.body()).contains("The two new passwords differ.");
	}

	@Test
	void aChangedPasswordSignsInAndEndsTheOtherSessions() {
		Member member = member("Ana");
		HttpVisitor laptop = signedIn(member);
		HttpVisitor phone = signedIn(member);
		laptop.get("/settings");

		Page changed = laptop.post("/settings/password", "currentPassword", PASSWORD, "newPassword",
				"a brand new passphrase", "confirmation", "a brand new passphrase");

		assertThat(changed.status()).isEqualTo(302);
		assertThat(laptop.follow(changed).body()).contains("Your password is changed.");
		assertThat(laptop.get("/settings").status()).isEqualTo(200);
		assertThat(phone.get("/settings").status()).isEqualTo(302);
		assertThat(new HttpVisitor(this.port).signIn(member.email(), "a brand new passphrase").location())
			.endsWith("/today");
	}

	@Test
	void aChangedPasswordRevokesTheApiTokens() {
		Member member = member("Noa");
		HttpVisitor browser = signedIn(member);
		browser.get("/settings");
		JsonApi api = new JsonApi(this.port);
		assertThat(api.call("GET", "/api/v1/me", member.token(), null).status()).isEqualTo(200);

		Page changed = browser.post("/settings/password", "currentPassword", PASSWORD, "newPassword",
				"a brand new passphrase", "confirmation", "a brand new passphrase");

		assertThat(changed.status()).isEqualTo(302);
		assertThat(api.call("GET", "/api/v1/me", member.token(), null).status()).isEqualTo(401);
		assertThat(browser.follow(changed).body()).contains("your API tokens are revoked");
	}

	@Test
	void aTrivialNewPasswordIsRefusedWithAClearMessage() {
		Member member = member("Eli");
		HttpVisitor browser = signedIn(member);
		browser.get("/settings");

		Page refused = browser.post("/settings/password", "currentPassword", PASSWORD, "newPassword", "123456789012",
				"confirmation", "123456789012");

		assertThat(refused.status()).isEqualTo(200);
		assertThat(refused.body()).contains("too easy to guess");
		assertThat(new HttpVisitor(this.port).signIn(member.email(), PASSWORD).location()).endsWith("/today");
	}

	@Test
	void aNewTokenIsShownOnceWorksAndCanBeRevoked() {
		Member member = member("Kai");
		HttpVisitor browser = signedIn(member);
		browser.get("/settings");

		Page created = browser.post("/settings/tokens", "name", "Backup script 🌱");

		assertThat(created.status()).isEqualTo(200);
		assertThat(created.body()).contains("Copy it now: it is shown only this once.");
		String secret = created.inputValue("new-token").orElseThrow();
		assertThat(secret).startsWith("tend_");
		JsonApi api = new JsonApi(this.port);
		assertThat(api.call("GET", "/api/v1/me", secret, null).json().get("email").asString())
			.isEqualTo(member.email());

		Page listed = browser.get("/settings");
		assertThat(listed.body()).doesNotContain(secret).contains("Backup script 🌱").contains("Created at sign-up");
		String revokeAction = revokeActionFor(listed.body(), "Backup script 🌱");

		Page revoked = browser.post(revokeAction);
		assertThat(revoked.status()).isEqualTo(302);
		assertThat(browser.follow(revoked).body()).contains("The token is revoked");
		assertThat(api.call("GET", "/api/v1/me", secret, null).status()).isEqualTo(401);
		assertThat(api.call("GET", "/api/v1/me", member.token(), null).status()).isEqualTo(200);
	}

	@Test
	void anotherMembersTokenCannotBeRevoked() {
		Member owner = member("Owner");
		HttpVisitor ownersBrowser = signedIn(owner);
		String revokeAction = revokeActionFor(ownersBrowser.get("/settings").body(), "Created at sign-up");
		HttpVisitor intruder = signedIn(member("Intruder"));
		intruder.get("/settings");

		assertThat(intruder.post(revokeAction).status()).isEqualTo(404);
		assertThat(new JsonApi(this.port).call("GET", "/api/v1/me", owner.token(), null).status()).isEqualTo(200);
	}

	@Test
	void aTokenNeedsAName() {
		HttpVisitor browser = signedIn(member("Kai"));
		browser.get("/settings");

		Page page = browser.post("/settings/tokens", "name", "  ");

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("Give the token a name.").doesNotContain("id=\"new-token\"");
	}

	@Test
	void invitationsAreOnlyForSignUpByInvite() {
		HttpVisitor browser = signedIn(member("Kai"));
		browser.get("/settings");

		assertThat(browser.post("/settings/invitations").status()).isEqualTo(404);
	}

	@Test
	void aFormPostedWithoutItsCsrfTokenIsRefused() {
		Member member = member("Zoë");
		HttpVisitor browser = signedIn(member);

		Page page = browser.postWithoutCsrf("/settings/profile", "displayName", "Mallory", "timeZone", "UTC");

		assertThat(page.status()).isEqualTo(403);
		assertThat(new JsonApi(this.port).call("GET", "/api/v1/me", member.token(), null)
			.json()
			.get("displayName")
			.asString()).isEqualTo("Zoë");
	}

	private Member member(String name) {
		return new JsonApi(this.port).signUp(JsonApi.uniqueEmail("member"), PASSWORD, name);
	}

	private HttpVisitor signedIn(Member member) {
		HttpVisitor browser = new HttpVisitor(this.port);
		assertThat(browser.signIn(member.email(), PASSWORD).location()).endsWith("/today");
		return browser;
	}

	private static String revokeActionFor(String page, String tokenName) {
		Matcher row = Pattern
			.compile(
					"<td>" + Pattern.quote(tokenName) + "</td>.*?<form action=\"(/settings/tokens/[0-9a-f-]+/revoke)\"",
					Pattern.DOTALL)
			.matcher(page);
		assertThat(row.find()).as("a revoke button for " + tokenName).isTrue();
		return row.group(1);
	}

}

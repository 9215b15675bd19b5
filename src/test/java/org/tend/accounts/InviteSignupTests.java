package org.tend.accounts;

import java.time.ZoneId;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tend.accounts.HttpVisitor.Page;
import org.tend.support.JsonApi;
import org.tend.support.JsonApi.Member;
import org.tend.support.JsonApi.Reply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "tend.signup=invite")
class InviteSignupTests {

	private static final String PASSWORD = "correct horse battery";

	private static final String HOST = "host@example.org";

	@LocalServerPort
	int port;

	@Autowired
	AccountsService accounts;

	/**
	 * The server's first member needs no invitation; every test of this shared context
	 * finds that member there.
	 */
	@BeforeEach
	void firstMemberSignsUpWithoutInvitation() {
		if (this.accounts.findByEmail(HOST).isEmpty()) {
			api().signUp(HOST, PASSWORD, "Zoë Ñúñez 🌱");
		}
	}

	@Test
	void afterTheFirstMemberSignUpNeedsAValidInvitation() {
		Reply without = signUp(JsonApi.uniqueEmail("li"), null);
		Reply madeUp = signUp(JsonApi.uniqueEmail("li"), "inv_made-up");

		assertThat(without.status()).isEqualTo(403);
		assertThat(without.contentType()).startsWith("application/problem+json");
		assertThat(without.json().get("detail").asString()).contains("invitation");
		assertThat(madeUp.status()).isEqualTo(403);
	}

	@Test
	void withoutAnInvitationNobodyLearnsWhichEmailsHaveAccounts() {
		assertThat(signUp(HOST, null).status()).isEqualTo(403);
	}

	@Test
	void anInvitationMadeInSettingsLetsExactlyOnePersonSignUp() {
		HttpVisitor host = new HttpVisitor(this.port);
		host.signIn(HOST, PASSWORD);
		assertThat(host.get("/settings").body()).contains("id=\"invitations\"");

		Page made = host.post("/settings/invitations");

		assertThat(made.status()).isEqualTo(200);
		String link = made.inputValue("invitation-link").orElseThrow();
		assertThat(link).startsWith("http://localhost:" + this.port + "/signup?invitation=inv_");
		assertThat(made.body()).contains("One invitation is waiting to be used.");
		assertThat(host.get("/settings").body()).doesNotContain(link);
		String code = link.substring(link.indexOf("inv_"));

		Page form = new HttpVisitor(this.port).get("/signup?invitation=" + code);
		assertThat(form.inputValue("invitation")).contains(code);

		Reply first = signUp(JsonApi.uniqueEmail("li"), code);
		Reply second = signUp(JsonApi.uniqueEmail("ana"), code);
		assertThat(first.status()).isEqualTo(201);
		assertThat(second.status()).isEqualTo(403);
	}

	@Test
	void theSignUpPageExplainsASpentInvitationOnItsField() {
		String code = this.accounts.createInvitation(this.accounts.findByEmail(HOST).orElseThrow().id());
		assertThat(signUp(JsonApi.uniqueEmail("li"), code).status()).isEqualTo(201);
		String email = JsonApi.uniqueEmail("sam");
		HttpVisitor browser = new HttpVisitor(this.port);
		browser.get("/signup?invitation=" + code);

		Page page = browser.post("/signup", "displayName", "Sam", "email", email, "password", PASSWORD, "invitation",
				code);

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("id=\"invitation-error\"").contains("This invitation is not valid");
		assertThat(this.accounts.findByEmail(email)).isEmpty();
	}

	@Test
	void aSampleDataAccountCannotInvite() {
		Account demo = this.accounts.createDemoAccount("Sample", ZoneId.of("UTC"));

		assertThat(this.accounts.mayInvite(demo.id())).isFalse();
		assertThatIllegalStateException().isThrownBy(() -> this.accounts.createInvitation(demo.id()));
	}

	@Test
	void aMemberWhoJoinedByInvitationMayInviteInTurn() {
		String code = this.accounts.createInvitation(this.accounts.findByEmail(HOST).orElseThrow().id());
		Reply joined = signUp(JsonApi.uniqueEmail("li"), code);
		Member member = new Member(java.util.UUID.fromString(joined.json().get("id").asString()),
				joined.json().get("email").asString(), joined.json().get("token").asString());

		assertThat(this.accounts.mayInvite(member.id())).isTrue();
	}

	private Reply signUp(String email, String invitation) {
		Map<String, String> body = (invitation == null)
				? Map.of("email", email, "password", PASSWORD, "displayName", "李小龍")
				: Map.of("email", email, "password", PASSWORD, "displayName", "李小龍", "invitation", invitation);
		return api().call("POST", "/api/v1/accounts", null, body);
	}

	private JsonApi api() {
		return new JsonApi(this.port);
	}

}

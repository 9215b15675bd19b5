package org.tend.accounts;

import java.text.Normalizer;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tend.support.JsonApi;
import org.tend.support.JsonApi.Member;
import org.tend.support.JsonApi.Reply;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class AccountsApiTests {

	@LocalServerPort
	int port;

	@Autowired
	AccountsService accounts;

	JsonApi api() {
		return new JsonApi(this.port);
	}

	@Test
	void signUpAnswersTheAccountWithATokenThatOpensTheApi() {
		String email = JsonApi.uniqueEmail("zoe");
		Reply created = api().call("POST", "/api/v1/accounts", null, Map.of("email", email.toUpperCase(), "password",
				"correct horse battery", "displayName", "Zoë Ñúñez 🌱"));

		assertThat(created.status()).isEqualTo(201);
		assertThat(created.header("Location")).isEqualTo("/api/v1/me");
		JsonNode body = created.json();
		assertThat(body.propertyNames()).containsExactlyInAnyOrder("id", "email", "displayName", "token");
		assertThat(body.get("email").asString()).isEqualTo(email);
		assertThat(body.get("displayName").asString()).isEqualTo("Zoë Ñúñez 🌱");
		assertThat(body.get("token").asString()).startsWith("tend_").hasSizeGreaterThan(40);

		Reply me = api().call("GET", "/api/v1/me", body.get("token").asString(), null);
		assertThat(me.status()).isEqualTo(200);
		assertThat(me.json().get("id").asString()).isEqualTo(body.get("id").asString());
		assertThat(me.json().get("email").asString()).isEqualTo(email);
		assertThat(me.json().get("displayName").asString()).isEqualTo("Zoë Ñúñez 🌱");
		assertThat(me.json().get("timeZone").asString()).isEqualTo("UTC");
	}

	@Test
	void theSameAddressCannotSignUpTwiceHoweverItIsSpelled() {
		String local = "zoë." + JsonApi.uniqueEmail("x");
		api().signUp(local, "correct horse battery", "Zoë");
		// the same letters, with ë decomposed and in capitals
		String decomposed = Normalizer.normalize(local.toUpperCase(), Normalizer.Form.NFD);

		Reply again = api().call("POST", "/api/v1/accounts", null,
				Map.of("email", decomposed, "password", "another good password", "displayName", "Zoë again"));

		assertThat(again.status()).isEqualTo(409);
		assertThat(again.contentType()).startsWith("application/problem+json");
		assertThat(again.json().get("detail").asString()).contains("already exists");
	}

	@Test
	void answers401ProblemWithoutAValidToken() {
		for (String authorization : new String[] { null, "Bearer garbage", "Bearer tend_garbage", "Bearer ",
				"Basic dXNlcjpwYXNz" }) {
			Reply reply = (authorization == null) ? api().call("GET", "/api/v1/me", null, null)
					: api().withAuthorization(authorization).get("/api/v1/me");

			assertThat(reply.status()).as(String.valueOf(authorization)).isEqualTo(401);
			assertThat(reply.contentType()).startsWith("application/problem+json");
			assertThat(reply.header("WWW-Authenticate")).isEqualTo("Bearer");
			assertThat(reply.json().get("status").asInt()).isEqualTo(401);
		}
	}

	@Test
	void aRevokedTokenNoLongerOpensTheApi() {
		Member member = api().signUp(JsonApi.uniqueEmail("sam"), "correct horse battery", "Sam");
		AccessToken token = this.accounts.tokens(member.id()).getFirst();

		assertThat(this.accounts.revokeToken(member.id(), token.id())).isTrue();

		Reply reply = api().call("GET", "/api/v1/me", member.token(), null);
		assertThat(reply.status()).isEqualTo(401);
		assertThat(reply.contentType()).startsWith("application/problem+json");
	}

	@Test
	void signUpNamesTheBadFieldsWithoutEchoingThePassword() {
		Reply reply = api().call("POST", "/api/v1/accounts", null,
				Map.of("email", "not-an-email", "password", "short-pw", "displayName", " "));

		assertThat(reply.status()).isEqualTo(400);
		assertThat(reply.contentType()).startsWith("application/problem+json");
		assertThat(reply.json().get("errors").valueStream().map((error) -> error.get("field").asString()))
			.contains("email", "password", "displayName");
		assertThat(reply.body()).doesNotContain("short-pw");
	}

	@Test
	void refusesAPasswordLongerThanBcryptReads() {
		// 20 characters, 80 bytes: bcrypt would read only the first 72
		String emoji = "🌱".repeat(20);

		Reply reply = api().call("POST", "/api/v1/accounts", null,
				Map.of("email", JsonApi.uniqueEmail("li"), "password", emoji, "displayName", "李小龍"));

		assertThat(reply.status()).isEqualTo(400);
		assertThat(reply.json().get("errors").get(0).get("field").asString()).isEqualTo("password");
		assertThat(reply.json().get("errors").get(0).get("message").asString()).contains("72 bytes");
	}

	@Test
	void acceptsALongPassphraseWithinTheLimit() {
		Member member = api().signUp(JsonApi.uniqueEmail("ana"),
				"a long passphrase with Ñúñez and a seedling 🌱 is fine", "Ana");

		assertThat(api().call("GET", "/api/v1/me", member.token(), null).status()).isEqualTo(200);
	}

	@Test
	void refusesABodyThatIsNotJson() {
		Reply reply = api().call("POST", "/api/v1/accounts", null, "{not json");

		assertThat(reply.status()).isEqualTo(400);
		assertThat(reply.contentType()).startsWith("application/problem+json");
	}

	@Test
	void theApiDescriptionAsksForABearerTokenEverywhereButSignUp() {
		JsonNode docs = api().call("GET", "/v3/api-docs", null, null).json();

		assertThat(docs.at("/components/securitySchemes/personalAccessToken/scheme").asString()).isEqualTo("bearer");
		assertThat(docs.at("/security/0").propertyNames()).containsExactly("personalAccessToken");
		assertThat(docs.at("/paths/~1api~1v1~1accounts/post/security").isEmpty()).isTrue();
		assertThat(docs.at("/paths/~1api~1v1~1accounts/post/responses").has("201")).isTrue();
		// the member comes from the token, never from a parameter
		assertThat(docs.at("/paths/~1api~1v1~1me/get/parameters").isMissingNode()).isTrue();
	}

	@Test
	void aSignedInBrowserSessionDoesNotOpenTheApi() {
		String password = "correct horse battery";
		Member member = api().signUp(JsonApi.uniqueEmail("kai"), password, "Kai");
		HttpVisitor browser = new HttpVisitor(this.port);
		assertThat(browser.signIn(member.email(), password).status()).isEqualTo(302);
		assertThat(browser.get("/settings").status()).isEqualTo(200);

		// cookies alone must never authenticate the API, which has no CSRF protection
		assertThat(browser.get("/api/v1/me").status()).isEqualTo(401);
	}

	@Test
	void signUpTakesTheMembersTimeZone() {
		String email = JsonApi.uniqueEmail("li");
		Reply created = api().call("POST", "/api/v1/accounts", null, Map.of("email", email, "password",
				"correct horse battery", "displayName", "李小龍", "timeZone", "Asia/Shanghai"));

		assertThat(created.status()).isEqualTo(201);
		assertThat(api().call("GET", "/api/v1/me", created.json().get("token").asString(), null)
			.json()
			.get("timeZone")
			.asString()).isEqualTo("Asia/Shanghai");
	}

	@Test
	void signUpRefusesAnUnknownTimeZoneNamingTheField() {
		String email = JsonApi.uniqueEmail("li");
		Reply refused = api().call("POST", "/api/v1/accounts", null, Map.of("email", email, "password",
				"correct horse battery", "displayName", "李小龍", "timeZone", "Mars/Olympus_Mons"));

		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.badFields()).containsExactly("timeZone");
		assertThat(this.accounts.findByEmail(email)).isEmpty();
	}

	@Test
	void theSignUpPageTakesTheBrowsersTimeZoneAndIgnoresOneItDoesNotKnow() {
		String madrid = JsonApi.uniqueEmail("ines");
		String unknown = JsonApi.uniqueEmail("kai");

		HttpVisitor ines = new HttpVisitor(this.port);
		assertThat(ines.get("/signup").body()).contains("name=\"timeZone\"", "data-time-zone");
		assertThat(ines
			.post("/signup", "displayName", "Inês", "email", madrid, "password", "correct horse battery", "timeZone",
					"Europe/Madrid")
			.status()).isEqualTo(302);
		HttpVisitor kai = new HttpVisitor(this.port);
		kai.get("/signup");
		assertThat(kai
			.post("/signup", "displayName", "Kai", "email", unknown, "password", "correct horse battery", "timeZone",
					"Nowhere/Special")
			.status()).isEqualTo(302);

		assertThat(this.accounts.findByEmail(madrid).orElseThrow().zone()).hasToString("Europe/Madrid");
		assertThat(this.accounts.findByEmail(unknown).orElseThrow().zone()).hasToString("UTC");
	}

}

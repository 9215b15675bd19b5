package org.tend.api;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tend.accounts.HttpVisitor;
import org.tend.accounts.HttpVisitor.Page;
import org.tend.mail.MailOutbox;
import org.tend.mail.OutgoingMail;
import org.tend.support.JsonApi;
import org.tend.support.JsonApi.Caller;
import org.tend.support.JsonApi.Member;
import org.tend.support.JsonApi.Reply;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A member deletes their account, through the API or the settings page: with a wrong
 * password nothing goes; with theirs, their token and sessions stop at once and not a
 * row, address or word of theirs is left in any table of the database, while another
 * member's journal stays as it was.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AccountDeletionTests {

	private static final String PASSWORD = "a long enough password";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MailOutbox outbox;

	@Test
	void deletingThroughTheApiLeavesNothingOfTheMemberAndNothingElseChanges() {
		JsonApi api = new JsonApi(this.port);
		Journal bo = Journal.write(api.newMember("Bo"), "李小龍", "wombat").settled();
		Map<String, String> bosBefore = bo.snapshot();
		Written zoe = writeEverything(api);
		HttpVisitor browser = signedIn(zoe.member());

		Reply wrong = zoe.api().call("DELETE", "/api/v1/me", Map.of("password", "not Zoë's password"));
		assertThat(wrong.status()).isEqualTo(403);
		assertThat(wrong.contentType()).startsWith("application/problem+json");
		assertThat(zoe.api().get("/api/v1/me").status()).isEqualTo(200);
		assertThat(zoe.journal().snapshot()).isEqualTo(zoe.before());
		// the walk finds her wherever she is: in the rows the deletion must reach
		assertThat(tracesOf(zoe)).anyMatch((trace) -> trace.startsWith("spring_session"))
			.anyMatch((trace) -> trace.startsWith("mail_outbox."))
			.anyMatch((trace) -> trace.startsWith("search_token."))
			.anyMatch((trace) -> trace.startsWith("import_preview."))
			.anyMatch((trace) -> trace.startsWith("access_token."));
		Reply missing = zoe.api().call("DELETE", "/api/v1/me", Map.of());
		assertThat(missing.status()).isEqualTo(400);
		assertThat(missing.badFields()).containsExactly("password");

		Reply deleted = zoe.api().call("DELETE", "/api/v1/me", Map.of("password", PASSWORD));

		assertThat(deleted.status()).isEqualTo(204);
		assertThat(zoe.api().get("/api/v1/me").status()).as("the token after the deletion").isEqualTo(401);
		Page today = browser.get("/today");
		assertThat(today.status()).as("the browser session after the deletion").isEqualTo(302);
		assertThat(today.location()).endsWith("/login");
		assertThat(bo.settled().snapshot()).as("Bo's journal").isEqualTo(bosBefore);
		assertThat(tracesOf(zoe)).as("what is left of Zoë in the database").isEmpty();
	}

	@Test
	void theSettingsPageOffersTheExportThenDeletesWithThePassword() {
		JsonApi api = new JsonApi(this.port);
		Written zoe = writeEverything(api);
		HttpVisitor browser = signedIn(zoe.member());
		HttpVisitor otherDevice = signedIn(zoe.member());

		Page settings = browser.get("/settings");
		assertThat(settings.body()).contains("href=\"/export/download?format=json\"")
			.contains("action=\"/settings/delete\"")
			.contains("<label for=\"deletePassword\"");
		assertThat(settings.body().indexOf("/export/download")).isLessThan(settings.body().indexOf("/settings/delete"));

		Page wrong = browser.post("/settings/delete", "password", "not Zoë's password");
		assertThat(wrong.status()).isEqualTo(200);
		assertThat(wrong.body()).contains("This is not your password: nothing was deleted.")
			.contains("aria-invalid=\"true\"");
		assertThat(zoe.journal().snapshot()).isEqualTo(zoe.before());

		Page deleted = browser.post("/settings/delete", "password", PASSWORD);

		assertThat(deleted.status()).isEqualTo(302);
		assertThat(deleted.location()).endsWith("/login?deleted");
		assertThat(browser.follow(deleted).body()).contains("Your account and your journal are deleted.");
		assertThat(browser.get("/today").location()).endsWith("/login");
		assertThat(otherDevice.get("/today").location()).as("a session on another device").endsWith("/login");
		assertThat(zoe.api().get("/api/v1/me").status()).isEqualTo(401);
		assertThat(browser.signIn(zoe.member().email(), PASSWORD).location()).endsWith("/login?error");
		awaitListeners();
		assertThat(tracesOf(zoe)).as("what is left of Zoë in the database").isEmpty();
	}

	/**
	 * Zoë's journal and everything around it: people, notes, a meeting, an exchange and a
	 * promise (with their search words), an import preview, a calendar feed, mail
	 * preferences and a mail waiting in the outbox. Each text carries a word nobody else
	 * uses.
	 */
	private Written writeEverything(JsonApi api) {
		String marker = "axolotl" + letters();
		String email = JsonApi.uniqueEmail("zoe." + marker);
		Member member = api.signUp(email, PASSWORD, "Zoë " + marker);
		Caller zoe = api.as(member);
		Journal journal = Journal.write(zoe, "Ñúñez " + marker, marker);
		String preview = zoe.post("/api/v1/imports", AuthorizationTable.connections("Kai", "Tanaka " + marker))
			.json()
			.get("id")
			.asString();
		assertThat(zoe.post("/api/v1/calendar-feed", null).status()).isEqualTo(201);
		assertThat(zoe
			.call("PUT", "/api/v1/me/mail-preferences", Map.of("weeklyNudge", true, "nudgeDay", "friday", "nudgeHour",
					18, "promiseReminders", true, "reminderDaysBefore", 2))
			.status()).isEqualTo(200);
		this.outbox.enqueue(new OutgoingMail(member.id(), member.email(), "Your week with " + marker,
				"Send the " + marker + " grant call", null, Map.of(), "test:" + marker, null));
		journal.settled();
		List<String> traces = new ArrayList<>(journal.ids());
		traces.addAll(List.of(member.id().toString(), email.toLowerCase(Locale.ROOT), marker, preview));
		return new Written(member, zoe, journal, journal.snapshot(), traces);
	}

	private HttpVisitor signedIn(Member member) {
		HttpVisitor browser = new HttpVisitor(this.port);
		assertThat(browser.signIn(member.email(), PASSWORD).location()).endsWith("/today");
		return browser;
	}

	/**
	 * Every table of the database (as its information schema lists them), every row,
	 * every column: each place a trace of the member is found, as
	 * {@code table.column: trace}.
	 */
	private List<String> tracesOf(Written member) {
		List<String> found = new ArrayList<>();
		List<String> tables = this.jdbc.sql("""
				select table_name from information_schema.tables
				where table_schema = current_schema and table_type = 'BASE TABLE'""").query(String.class).list();
		assertThat(tables).contains("account", "person", "mail_outbox", "spring_session", "search_token",
				"import_preview", "event_publication");
		for (String table : tables) {
			for (Map<String, Object> row : this.jdbc.sql("select * from " + table).query().listOfRows()) {
				row.forEach((column, value) -> {
					String text = text(value).toLowerCase(Locale.ROOT);
					member.traces()
						.stream()
						.filter(text::contains)
						.forEach((trace) -> found.add(table + "." + column + ": " + trace));
				});
			}
		}
		return found;
	}

	/** A value as text: bytes (a session's attributes, say) read as both encodings. */
	private static String text(Object value) {
		if (value instanceof byte[] bytes) {
			return new String(bytes, StandardCharsets.UTF_8) + new String(bytes, StandardCharsets.ISO_8859_1);
		}
		return String.valueOf(value);
	}

	/** Events still waiting for a listener may carry the member's ids: they go too. */
	private void awaitListeners() {
		for (int attempt = 0; attempt < 50; attempt++) {
			if (this.jdbc.sql("select count(*) from event_publication where completion_date is null")
				.query(Long.class)
				.single() == 0) {
				return;
			}
			try {
				Thread.sleep(200);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

	private static String letters() {
		Random random = new Random();
		StringBuilder letters = new StringBuilder();
		for (int i = 0; i < 8; i++) {
			letters.append((char) ('a' + random.nextInt(26)));
		}
		return letters.toString();
	}

	private record Written(Member member, Caller api, Journal journal, Map<String, String> before,
			List<String> traces) {
	}

}

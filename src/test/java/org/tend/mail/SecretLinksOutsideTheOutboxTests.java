package org.tend.mail;

import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tend.support.JsonApi;
import org.tend.support.Smtp;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Finding 7 of the outside review: whoever holds a copy of the database (a dump, a
 * backup) must find no working link in the outbox, neither in a queued mail nor in a sent
 * one, while the mail that arrives carries links that work.
 */
class SecretLinksOutsideTheOutboxTests extends MailJourneyTestCase {

	// anything long enough to be a secret: every such word of every column is tried
	private static final Pattern WORD = Pattern.compile("[A-Za-z0-9_-]{16,}");

	private static final Pattern ANSWER_LINK = Pattern.compile("/introductions/answer/[A-Za-z0-9_-]+/yes");

	@Autowired
	JdbcClient jdbc;

	@Test
	void theOutboxHoldsNoWorkingLinkWhileTheMailThatArrivesDoes() throws Exception {
		JsonApi api = new JsonApi(this.port);
		JsonApi.Member cy = api.signUp("Cy");
		JsonApi.Caller asCy = api.as(cy);
		String zoeEmail = JsonApi.uniqueEmail("zoe");
		String liEmail = JsonApi.uniqueEmail("li");
		String zoe = asCy.create("/api/v1/people", Map.of("name", "Zoë", "emails", List.of(zoeEmail))).toString();
		String li = asCy.create("/api/v1/people", Map.of("name", "Li", "emails", List.of(liEmail))).toString();
		this.clock.set(Instant.parse("2027-03-01T09:00:00Z"));
		assertThat(asCy
			.post("/api/v1/introductions", Map.of("personIds", List.of(zoe, li), "reasons",
					Map.of(zoe, "Li ran the fundraising you start", li, "Zoë starts what you ran"), "message", "Hello"))
			.status()).isEqualTo(201);
		this.nudges.enqueueDueNudges();
		assertThat(this.outbox.findByOwner(cy.id())).hasSize(3);

		assertNoWorkingLinkIn(outboxWords(), api);

		this.sender.sendDue();
		MimeMessage nudge = mailsTo(cy).getFirst();
		assertThat(api.get(unsubscribePath(nudge)).body()).contains("Stop the weekly nudge?");
		MimeMessage toZoe = Smtp.mailsTo(smtp, zoeEmail).getFirst();
		String header = toZoe.getHeader("List-Unsubscribe", null);
		assertThat(api.get(header.substring(header.indexOf("/introductions/unsubscribe/"), header.length() - 1)).body())
			.contains("Stop introduction requests");
		Matcher answer = ANSWER_LINK.matcher(text(toZoe));
		assertThat(answer.find()).isTrue();
		assertThat(api.get(answer.group()).body()).contains("<form");
		assertThat(text(toZoe)).doesNotContain("{secret:");
		assertThat(Smtp.mailsTo(smtp, liEmail)).hasSize(1);

		// sent mail is kept a few weeks: still without a working link
		assertNoWorkingLinkIn(outboxWords(), api);
	}

	@Test
	void aMailSentAgainCarriesFreshLinksAndTheFirstCopysLinksStillWork() throws Exception {
		JsonApi api = new JsonApi(this.port);
		JsonApi.Member bo = api.signUp("Bo");
		this.clock.set(Instant.parse("2027-03-08T09:00:00Z"));
		this.nudges.enqueueDueNudges();
		this.sender.sendDue();
		// as after a crash between handing the mail over and marking it sent: its lease
		// ends and it is sent again
		this.jdbc.sql("update mail_outbox set status = 'sending', lease_until = :past where owner_id = :owner")
			.param("past", java.sql.Timestamp.from(Instant.parse("2027-03-08T08:00:00Z")))
			.param("owner", bo.id())
			.update();
		this.sender.sendDue();
		List<MimeMessage> copies = mailsTo(bo);
		assertThat(copies).hasSize(2);
		String first = unsubscribePath(copies.get(0));
		String second = unsubscribePath(copies.get(1));
		assertThat(first).isNotEqualTo(second);
		assertThat(api.get(first).status()).isEqualTo(200);
		assertThat(api.get(second).status()).isEqualTo(200);
	}

	private Set<String> outboxWords() {
		Set<String> words = new LinkedHashSet<>();
		this.jdbc.sql("select * from mail_outbox").query((ResultSet rs) -> {
			for (int column = 1; column <= rs.getMetaData().getColumnCount(); column++) {
				String value = rs.getString(column);
				if (value != null) {
					Matcher word = WORD.matcher(value);
					while (word.find()) {
						words.add(word.group());
					}
				}
			}
		});
		return words;
	}

	private static void assertNoWorkingLinkIn(Set<String> words, JsonApi api) {
		assertThat(words).isNotEmpty();
		List<String> working = new ArrayList<>();
		for (String word : words) {
			for (String path : List.of("/mail/unsubscribe/" + word, "/introductions/unsubscribe/" + word,
					"/introductions/answer/" + word + "/yes")) {
				if (api.get(path).status() != 404) {
					working.add(path);
				}
			}
		}
		assertThat(working).isEmpty();
	}

}

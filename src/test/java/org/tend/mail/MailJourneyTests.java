package org.tend.mail;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.tend.accounts.Account;
import org.tend.mail.internal.OutboxRow;
import org.tend.support.JsonApi;

import static org.assertj.core.api.Assertions.assertThat;

/** The mail a member gets, week after week. */
class MailJourneyTests extends MailJourneyTestCase {

	@Test
	void theNudgeArrivesOnTheChosenMorningInTheMembersZoneAndOncePerWeek() throws Exception {
		JsonApi api = new JsonApi(this.port);
		JsonApi.Member zoe = api.signUp("Zoë");
		this.accounts.updateProfile(zoe.id(), "Zoë", ZoneId.of("Asia/Tokyo"));
		String person = api
			.call("POST", "/api/v1/people", zoe.token(),
					Map.of("name", "Zoë Ñúñez 🌱", "circle", "close", "cadenceDays", 30, "metOn", "2026-01-10"))
			.json()
			.get("id")
			.asString();
		// a first-met day is not a meeting: the close tie is due from a coffee
		api.call("POST", "/api/v1/meetings", zoe.token(), Map.of("personIds", List.of(person), "kind", "coffee",
				"startsAt", "2026-01-10T10:00:00Z", "status", "happened"));

		// Monday 30 November, 07:59 in Tokyo: still Sunday in UTC, and not yet the hour
		travelTo("2026-11-29T22:59:00Z");
		assertThat(mailsTo(zoe)).isEmpty();

		travelTo("2026-11-29T23:00:00Z");
		List<MimeMessage> mails = mailsTo(zoe);
		assertThat(mails).hasSize(1);
		MimeMessage nudge = mails.getFirst();
		assertThat(nudge.getSubject()).isEqualTo("Who would you like to see this week?");
		// this week's suggestions come from the weekly challenge
		assertThat(text(nudge)).contains("Hello Zoë", "This week's goal: one meaningful meeting.",
				"Zoë Ñúñez 🌱 is in your close circle", "Mondays at 08:00");
		assertThat(this.outbox.findByOwner(zoe.id())).extracting(OutboxRow::dedupeKey)
			.containsExactly("nudge:" + zoe.id() + ":2026-W49");

		travelTo("2026-11-30T01:00:00Z");
		travelTo("2026-12-02T09:00:00Z");
		travelTo("2026-12-06T22:59:00Z");
		assertThat(mailsTo(zoe)).hasSize(1);

		travelTo("2026-12-06T23:00:00Z");
		assertThat(mailsTo(zoe)).hasSize(2);
		assertThat(this.outbox.findByOwner(zoe.id())).extracting(OutboxRow::dedupeKey)
			.containsExactly("nudge:" + zoe.id() + ":2026-W49", "nudge:" + zoe.id() + ":2026-W50");
	}

	@Test
	void eachPromiseComingDueGetsOneReminderAndNoneWhenOverdue() throws Exception {
		JsonApi api = new JsonApi(this.port);
		JsonApi.Member li = api.signUp("李小龍");
		Journal.mailPreferences(api, li, false, 8, 1);
		String person = Journal.person(api, li, "Zoë Ñúñez 🌱");
		String mine = Journal.promise(api, li, person, "me", "Send the article on slow networking", "2026-12-17");
		Journal.promise(api, li, person, "them", "Introduce me to Ana", "2026-12-17");
		Journal.promise(api, li, person, "me", "Return the book", "2026-12-01");

		travelTo("2026-12-15T09:00:00Z");
		travelTo("2026-12-16T07:00:00Z");
		assertThat(mailsTo(li)).isEmpty();

		travelTo("2026-12-16T09:00:00Z");
		assertThat(mailsTo(li)).extracting(MimeMessage::getSubject)
			.containsExactlyInAnyOrder("A gentle reminder: your promise to Zoë Ñúñez 🌱",
					"Something Zoë Ñúñez 🌱 promised you");

		travelTo("2026-12-16T10:00:00Z");
		travelTo("2026-12-17T09:00:00Z");
		assertThat(mailsTo(li)).hasSize(2);

		// moved to a new date: a reminder for that date
		api.call("PATCH", "/api/v1/promises/" + mine, li.token(), Map.of("due", "2026-12-21"));
		travelTo("2026-12-20T09:00:00Z");
		travelTo("2026-12-21T09:00:00Z");
		List<MimeMessage> mails = mailsTo(li);
		assertThat(mails).hasSize(3);
		assertThat(text(mails.getLast())).contains("Send the article on slow networking", "2026-12-21");
		assertThat(mails).noneMatch((mail) -> text(mail).contains("Return the book"));
	}

	@Test
	void aMailServerThatIsDownLosesNothingAndSendsEachMailOnce() throws Exception {
		JsonApi.Member bo = new JsonApi(this.port).signUp("Bo");
		this.clock.set(Instant.parse("2027-01-04T09:00:00Z"));
		smtp.stop();
		try {
			this.nudges.enqueueDueNudges();
			this.sender.sendDue();
			OutboxRow first = onlyRow(bo);
			assertThat(first.status()).isEqualTo(OutboxRow.Status.PENDING);
			assertThat(first.attempts()).isEqualTo(1);
			assertThat(first.lastError()).isNotBlank();
			assertThat(first.nextAttemptAt()).isEqualTo(Instant.parse("2027-01-04T09:01:00Z"));

			// not yet due: no attempt
			this.sender.sendDue();
			assertThat(onlyRow(bo).attempts()).isEqualTo(1);

			this.clock.advance(Duration.ofMinutes(1));
			this.sender.sendDue();
			assertThat(onlyRow(bo).attempts()).isEqualTo(2);
			assertThat(onlyRow(bo).nextAttemptAt()).isEqualTo(Instant.parse("2027-01-04T09:03:00Z"));
		}
		finally {
			smtp.start();
		}
		this.clock.advance(Duration.ofMinutes(1));
		this.sender.sendDue();
		assertThat(mailsTo(bo)).isEmpty();

		this.clock.advance(Duration.ofMinutes(1));
		this.sender.sendDue();
		this.clock.advance(Duration.ofMinutes(10));
		this.sender.sendDue();
		this.nudges.enqueueDueNudges();
		this.sender.sendDue();
		assertThat(mailsTo(bo)).hasSize(1);
		OutboxRow sent = onlyRow(bo);
		assertThat(sent.status()).isEqualTo(OutboxRow.Status.SENT);
		assertThat(sent.attempts()).isEqualTo(3);
		assertThat(sent.sentAt()).isEqualTo(Instant.parse("2027-01-04T09:03:00Z"));
		assertThat(sent.lastError()).isNull();
	}

	@Test
	void aMailIsGivenUpAfterTheLastAttemptAndNeverSentLater() throws Exception {
		JsonApi.Member ana = new JsonApi(this.port).signUp("Ana");
		this.clock.set(Instant.parse("2027-02-01T09:00:00Z"));
		smtp.stop();
		try {
			this.nudges.enqueueDueNudges();
			for (int attempt = 0; attempt < 12; attempt++) {
				this.sender.sendDue();
				this.clock.advance(Duration.ofMinutes(61));
			}
		}
		finally {
			smtp.start();
		}
		this.sender.sendDue();
		assertThat(onlyRow(ana).status()).isEqualTo(OutboxRow.Status.FAILED);
		assertThat(onlyRow(ana).attempts()).isEqualTo(10);
		assertThat(mailsTo(ana)).isEmpty();
	}

	@Test
	void everyMailCarriesOneClickUnsubscribeWhichWorksWithoutASession() throws Exception {
		JsonApi api = new JsonApi(this.port);
		JsonApi.Member cy = api.signUp("Cy");
		travelTo("2027-03-01T09:00:00Z");
		MimeMessage nudge = mailsTo(cy).getFirst();
		assertThat(nudge.getHeader("List-Unsubscribe-Post", null)).isEqualTo("List-Unsubscribe=One-Click");
		String link = nudge.getHeader("List-Unsubscribe", null);
		assertThat(link).matches("<http://localhost:8080/mail/unsubscribe/[A-Za-z0-9_-]{43}>");
		assertThat(nudge.getHeader("Message-ID", null)).endsWith("@tend>");
		String path = link.substring("<http://localhost:8080".length(), link.length() - 1);
		assertThat(text(nudge)).contains(path);

		JsonApi.Reply ask = api.get(path);
		assertThat(ask.status()).isEqualTo(200);
		assertThat(ask.body()).contains("Stop the weekly nudge?");
		assertThat(preferences(api, cy).get("weeklyNudge").asBoolean()).isTrue();

		JsonApi.Reply done = api.postForm(path, "List-Unsubscribe=One-Click");
		assertThat(done.status()).isEqualTo(200);
		assertThat(done.body()).contains("no more weekly nudges");
		assertThat(preferences(api, cy).get("weeklyNudge").asBoolean()).isFalse();
		assertThat(preferences(api, cy).get("promiseReminders").asBoolean()).isTrue();
		// a client posting twice is answered the same
		assertThat(api.postForm(path, "List-Unsubscribe=One-Click").status()).isEqualTo(200);

		travelTo("2027-03-08T09:00:00Z");
		assertThat(mailsTo(cy)).hasSize(1);

		assertThat(api.postForm("/mail/unsubscribe/not-a-token", "List-Unsubscribe=One-Click").status()).isEqualTo(404);
		assertThat(api.get("/mail/unsubscribe/not-a-token").status()).isEqualTo(404);
	}

	@Test
	void sampleDataAccountsGetNoMail() {
		Account demo = this.accounts.createDemoAccount("Demo", ZoneId.of("UTC"));
		travelTo("2027-04-05T09:00:00Z");
		assertThat(this.outbox.findByOwner(demo.id())).isEmpty();
	}

	/** Moves the clock and runs every mail job once, as the schedule would. */
	private void travelTo(String instant) {
		this.clock.set(Instant.parse(instant));
		runMailJobs();
	}

	private OutboxRow onlyRow(JsonApi.Member member) {
		List<OutboxRow> rows = this.outbox.findByOwner(member.id());
		assertThat(rows).hasSize(1);
		return rows.getFirst();
	}

	private static tools.jackson.databind.JsonNode preferences(JsonApi api, JsonApi.Member member) {
		return api.call("GET", "/api/v1/me/mail-preferences", member.token(), null).json();
	}

}

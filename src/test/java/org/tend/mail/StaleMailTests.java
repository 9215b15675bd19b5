package org.tend.mail;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tend.mail.internal.OutboxRow;
import org.tend.support.JsonApi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * A mail that is no longer true is not sent late: while the mail server is down, last
 * week's nudge and the reminder of a date gone by expire in the outbox instead of
 * arriving when the server comes back. Mail still true, or without a limit, arrives.
 */
class StaleMailTests extends MailJourneyTestCase {

	@Autowired
	MailOutbox mailOutbox;

	@Test
	void aNudgeQueuedInOneWeekIsNotSentWhenTheServerComesBackTheNextWeekInTheMembersZone() {
		JsonApi.Member zoe = new JsonApi(this.port).signUp("Zoë Ñúñez 🌱");
		this.accounts.updateProfile(zoe.id(), "Zoë Ñúñez 🌱", ZoneId.of("Asia/Tokyo"));
		// Monday 3 May 2027, 08:00 in Tokyo
		whileTheServerIsDown(() -> {
			this.clock.set(Instant.parse("2027-05-02T23:00:00Z"));
			runMailJobs();
		});
		assertThat(onlyRow(zoe).sendBefore()).isEqualTo(Instant.parse("2027-05-09T15:00:00Z"));

		// Monday 10 May has begun in Tokyo (still Sunday in UTC): week 18 is over for Zoë
		this.clock.set(Instant.parse("2027-05-09T15:00:00Z"));
		this.sender.sendDue();

		assertThat(mailsTo(zoe)).isEmpty();
		OutboxRow stale = onlyRow(zoe);
		assertThat(stale.status()).isEqualTo(OutboxRow.Status.EXPIRED);
		assertThat(stale.dedupeKey()).isEqualTo("nudge:" + zoe.id() + ":2027-W18");

		// the new week's nudge is queued and sent as usual, and the old one never
		this.clock.set(Instant.parse("2027-05-09T23:00:00Z"));
		runMailJobs();
		runMailJobs();
		assertThat(mailsTo(zoe)).hasSize(1);
		assertThat(this.outbox.findByOwner(zoe.id())).extracting(OutboxRow::dedupeKey, OutboxRow::status)
			.containsExactly(tuple(stale.dedupeKey(), OutboxRow.Status.EXPIRED),
					tuple("nudge:" + zoe.id() + ":2027-W19", OutboxRow.Status.SENT));
	}

	@Test
	void aNudgeWhoseServerComesBackWithinTheSameWeekIsStillSent() {
		JsonApi.Member bo = new JsonApi(this.port).signUp("Bo");
		whileTheServerIsDown(() -> {
			this.clock.set(Instant.parse("2027-05-17T08:00:00Z"));
			runMailJobs();
		});
		assertThat(mailsTo(bo)).isEmpty();

		// the last minute of Sunday in Bo's zone (UTC)
		this.clock.set(Instant.parse("2027-05-23T23:59:00Z"));
		this.sender.sendDue();

		assertThat(mailsTo(bo)).hasSize(1);
		assertThat(onlyRow(bo).status()).isEqualTo(OutboxRow.Status.SENT);
	}

	@Test
	void aReminderIsNotSentAfterItsDueDateButOneStillDueIs() {
		JsonApi api = new JsonApi(this.port);
		JsonApi.Member li = api.signUp("李小龍");
		Journal.mailPreferences(api, li, false, 8, 2);
		String person = Journal.person(api, li, "Zoë Ñúñez 🌱");
		Journal.promise(api, li, person, "me", "Return the book on slow networking", "2027-06-02");
		Journal.promise(api, li, person, "them", "Introduce me to Ana", "2027-06-03");
		whileTheServerIsDown(() -> {
			this.clock.set(Instant.parse("2027-06-01T09:00:00Z"));
			runMailJobs();
		});
		assertThat(this.outbox.findByOwner(li.id())).hasSize(2);

		// 3 June: the first promise's date is over, the second's is today
		this.clock.set(Instant.parse("2027-06-03T06:00:00Z"));
		this.sender.sendDue();

		List<MimeMessage> mails = mailsTo(li);
		assertThat(mails).singleElement().satisfies((mail) -> assertThat(text(mail)).contains("Introduce me to Ana"));
		assertThat(this.outbox.findByOwner(li.id())).filteredOn((row) -> row.dedupeKey().endsWith(":2027-06-02"))
			.singleElement()
			.satisfies((row) -> assertThat(row.status()).isEqualTo(OutboxRow.Status.EXPIRED));
	}

	@Test
	void aMailWithoutALimitIsSentHoweverLateTheServerComesBack() throws Exception {
		JsonApi.Member cy = new JsonApi(this.port).signUp("Cy");
		whileTheServerIsDown(() -> {
			this.clock.set(Instant.parse("2027-07-05T12:00:00Z"));
			this.mailOutbox.enqueue(new OutgoingMail(cy.id(), cy.email(), "True whenever it arrives", "Hello 🌱", null,
					Map.of(), "test:no-limit:" + cy.id(), null));
			this.sender.sendDue();
		});

		this.clock.advance(Duration.ofDays(400));
		this.sender.sendDue();

		assertThat(mailsTo(cy)).extracting(MimeMessage::getSubject).containsExactly("True whenever it arrives");
	}

	private void whileTheServerIsDown(Runnable work) {
		smtp.stop();
		try {
			work.run();
		}
		finally {
			smtp.start();
		}
	}

	private OutboxRow onlyRow(JsonApi.Member member) {
		List<OutboxRow> rows = this.outbox.findByOwner(member.id());
		assertThat(rows).hasSize(1);
		return rows.getFirst();
	}

}

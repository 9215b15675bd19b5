package org.tend.mail;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.tend.mail.internal.MailRetentionJob;
import org.tend.mail.internal.OutboxRow;
import org.tend.support.JsonApi;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Mail is forgotten once it has done its work, and forgetting never sends a mail twice.
 * This context keeps finished mail for the shortest time the settings allow (21 days) and
 * unsubscribe links for 30 days; the clock moves through the weeks and every mail job,
 * the retention job too, runs as the schedule would.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "tend.mail.keep-finished=21d", "tend.mail.keep-unsubscribe-links=30d" })
class MailRetentionTests extends MailJourneyTestCase {

	@Autowired
	MailRetentionJob retention;

	@Autowired
	MailOutbox mailOutbox;

	@Autowired
	JdbcClient jdbc;

	@Test
	void noMailGoesOutTwiceWhileFinishedMailIsDeletedAtTheShortestKeep() {
		JsonApi api = new JsonApi(this.port);
		JsonApi.Member zoe = api.signUp("Zoë Ñúñez 🌱");
		// the longest a dedupe key stays current: reminders 14 days ahead, from
		// midnight in the first zone to reach a day, then the member moves to the last
		this.accounts.updateProfile(zoe.id(), "Zoë Ñúñez 🌱", ZoneId.of("Pacific/Kiritimati"));
		Journal.mailPreferences(api, zoe, true, 0, 14);
		String person = Journal.person(api, zoe, "李小龍");
		Journal.promise(api, zoe, person, "me", "Lend the book on slow networking", "2027-05-20");
		Journal.promise(api, zoe, person, "them", "Introduce me to Ana", "2027-05-20");

		Map<String, UUID> rowOfKey = new HashMap<>();
		boolean moved = false;
		Instant end = Instant.parse("2027-06-15T00:00:00Z");
		for (Instant at = Instant.parse("2027-05-05T00:00:00Z"); at.isBefore(end); at = at.plus(Duration.ofHours(2))) {
			travelTo(at);
			for (OutboxRow row : this.outbox.findByOwner(zoe.id())) {
				UUID first = rowOfKey.putIfAbsent(row.dedupeKey(), row.id());
				assertThat((first != null) ? first : row.id()).as("%s queued again at %s", row.dedupeKey(), at)
					.isEqualTo(row.id());
			}
			if (!moved && rowOfKey.keySet().stream().anyMatch((key) -> key.startsWith("promise:"))) {
				// Etc/GMT+12 is UTC-12 (the sign is POSIX's)
				this.accounts.updateProfile(zoe.id(), "Zoë Ñúñez 🌱", ZoneId.of("Etc/GMT+12"));
				moved = true;
			}
		}

		assertThat(rowOfKey.keySet()).filteredOn((key) -> key.startsWith("promise:")).hasSize(2);
		assertThat(rowOfKey).containsKey("nudge:" + zoe.id() + ":2027-W18");
		// the reminders and the first weeks' nudges were deleted on the way...
		assertThat(this.outbox.findByOwner(zoe.id())).extracting(OutboxRow::dedupeKey)
			.isNotEmpty()
			.noneMatch((key) -> key.startsWith("promise:"))
			.doesNotContain("nudge:" + zoe.id() + ":2027-W18");
		// ...and each key was mailed once
		List<MimeMessage> mails = mailsTo(zoe);
		assertThat(mails).hasSize(rowOfKey.size());
		assertThat(mails).filteredOn((mail) -> text(mail).contains("by 2027-05-20")).hasSize(2);
	}

	@Test
	void aRowDeletedWhileItsKeyIsCurrentWouldLetTheSameMailGoOutAgain() {
		// why keep-finished has a floor: this is what it prevents
		JsonApi api = new JsonApi(this.port);
		JsonApi.Member li = api.signUp("李小龍");
		Journal.mailPreferences(api, li, false, 8, 3);
		Journal.promise(api, li, Journal.person(api, li, "Zoë Ñúñez 🌱"), "me", "Send the article", "2027-08-12");
		travelTo(Instant.parse("2027-08-09T09:00:00Z"));
		assertThat(mailsTo(li)).hasSize(1);

		this.outbox.deleteFinishedBefore(this.clock.instant().plusSeconds(1), 1000);
		travelTo(Instant.parse("2027-08-09T11:00:00Z"));

		assertThat(mailsTo(li)).hasSize(2);
	}

	@Test
	void finishedMailIsDeletedAfterItsKeepAndQueuedMailNever() {
		JsonApi.Member bo = new JsonApi(this.port).signUp("Bo");
		Instant monday = Instant.parse("2027-09-06T09:00:00Z");
		travelTo(monday);
		OutboxRow nudge = this.outbox.findByOwner(bo.id()).getFirst();
		assertThat(nudge.status()).isEqualTo(OutboxRow.Status.SENT);
		// queued, and never sent in this test: the sender does not run again
		this.mailOutbox.enqueue(new OutgoingMail(bo.id(), bo.email(), "Still waiting", "Hello 🌱", null, Map.of(),
				"test:still-queued:" + bo.id(), null));

		deleteExpiredAt(monday.plus(Duration.ofDays(21)).minusSeconds(60));
		assertThat(this.outbox.find(nudge.id())).isPresent();

		deleteExpiredAt(monday.plus(Duration.ofDays(21)).plusSeconds(60));
		assertThat(this.outbox.find(nudge.id())).isEmpty();

		deleteExpiredAt(monday.plus(Duration.ofDays(400)));
		assertThat(this.outbox.findByOwner(bo.id())).singleElement()
			.satisfies((row) -> assertThat(row.status()).isEqualTo(OutboxRow.Status.PENDING));
	}

	@Test
	void anExpiredUnsubscribeLinkShowsACalmPageAndChangesNothing() {
		JsonApi api = new JsonApi(this.port);
		JsonApi.Member cy = api.signUp("Cy");
		travelTo(Instant.parse("2027-10-04T09:00:00Z"));
		String expired = unsubscribePath(mailsTo(cy).getFirst());
		travelTo(Instant.parse("2027-10-25T09:00:00Z"));
		String recent = unsubscribePath(mailsTo(cy).getLast());
		assertThat(api.get(expired).body()).contains("Stop the weekly nudge?");

		deleteExpiredAt(Instant.parse("2027-11-03T09:00:01Z"));

		JsonApi.Reply page = api.get(expired);
		assertThat(page.status()).isEqualTo(404);
		assertThat(page.body()).contains("This link has expired", "href=\"/settings/email\"", "Settings › Email")
			.doesNotContain("Stop the weekly nudge?", "There is nothing here");
		// a mail client's one-click post is answered as for any unknown link
		JsonApi.Reply oneClick = api.postForm(expired, "List-Unsubscribe=One-Click");
		assertThat(oneClick.status()).isEqualTo(404);
		assertThat(oneClick.body()).contains("This link has expired");
		assertThat(
				api.call("GET", "/api/v1/me/mail-preferences", cy.token(), null).json().get("weeklyNudge").asBoolean())
			.isTrue();
		// a link inside its 30 days still works
		assertThat(api.get(recent).body()).contains("Stop the weekly nudge?");
	}

	@Test
	void runsDailyUnderItsOwnLock() throws Exception {
		var job = MailRetentionJob.class.getMethod("deleteExpired");
		assertThat(job.getReturnType()).isEqualTo(void.class);
		assertThat(job.getAnnotation(Scheduled.class).fixedDelayString()).endsWith(":P1D}");
		assertThat(job.getAnnotation(SchedulerLock.class).name()).isEqualTo("mail-retention");

		this.retention.deleteExpired();

		assertThat(
				this.jdbc.sql("select count(*) from shedlock where name = 'mail-retention'").query(Long.class).single())
			.isEqualTo(1);
	}

	/** Moves the clock and runs every mail job once, as the schedule would. */
	private void travelTo(Instant instant) {
		this.clock.set(instant);
		this.retention.deleteExpired();
		runMailJobs();
	}

	private void deleteExpiredAt(Instant instant) {
		this.clock.set(instant);
		this.retention.deleteExpired();
	}

}

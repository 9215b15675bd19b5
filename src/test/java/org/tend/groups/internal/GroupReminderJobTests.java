package org.tend.groups.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tend.groups.GroupFixture;
import org.tend.mail.MailOutbox;
import org.tend.mail.internal.OutboxSender;
import org.tend.support.JourneyTestCase;
import org.tend.support.JsonApi;
import org.tend.support.JsonApi.Member;
import org.tend.support.Smtp;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The day before each session every member of the group gets one reminder, with the
 * agenda so far (a real SMTP server, a settable clock), however often the job runs. The
 * job is called through its ShedLock proxy, as the schedule would (scheduling is off in
 * tests).
 */
class GroupReminderJobTests extends JourneyTestCase {

	@Autowired
	GroupReminderJob job;

	@Autowired
	OutboxSender sender;

	@Autowired
	MailOutbox outbox;

	@Test
	void eachMemberIsRemindedOnceTheDayBeforeEachSession() {
		this.clock.set(Instant.parse("2027-02-01T09:00:00Z"));
		GroupFixture c = GroupFixture.community(new JsonApi(this.port), 5);
		Instant first = Instant.parse("2027-02-10T17:00:00Z");
		JsonNode group = c.publishGroupOfFour(2, 14, first);
		String firstSession = group.get("sessions").get(0).get("id").asString();
		List<Member> inGroup = c.accounts()
			.stream()
			.filter((m) -> group.get("memberIds").toString().contains(m.id().toString()))
			.toList();
		Member outside = c.accounts()
			.stream()
			.filter((m) -> !group.get("memberIds").toString().contains(m.id().toString()))
			.findFirst()
			.orElseThrow();

		c.member(inGroup.get(0).id().toString())
			.post("/api/v1/groups/" + group.get("id").asString() + "/agenda",
					java.util.Map.of("text", "Carbon border taxes: who read the draft?"));

		this.clock.set(first.minus(Duration.ofHours(25)));
		this.job.remind();
		assertThat(this.outbox.queued("group-reminder:" + firstSession + ":" + inGroup.get(0).id()))
			.as("more than a day before")
			.isFalse();

		this.clock.set(first.minus(Duration.ofHours(23)));
		this.job.remind();
		this.clock.advance(Duration.ofMinutes(15));
		this.job.remind();
		this.sender.sendDue();
		for (Member member : inGroup) {
			assertThat(this.outbox.queued("group-reminder:" + firstSession + ":" + member.id())).isTrue();
			List<MimeMessage> mails = Smtp.mailsTo(smtp, member.email())
				.stream()
				.filter((m) -> Smtp.subject(m).startsWith("Tomorrow"))
				.toList();
			assertThat(mails).as("one reminder for " + member.email()).hasSize(1);
			assertThat(Smtp.subject(mails.get(0))).isEqualTo("Tomorrow: your small group on Climate policy");
			assertThat(Smtp.text(mails.get(0))).contains("session 1 of 2")
				.contains("by video call")
				.contains("On the agenda:")
				.contains("  - Carbon border taxes: who read the draft?")
				.contains("The group's page: http")
				.contains("/groups/" + group.get("id").asString())
				.doesNotContain("/api/v1/");
		}
		assertThat(Smtp.mailsTo(smtp, outside.email())).as("not in the group").isEmpty();

		this.clock.set(first.plus(Duration.ofDays(13)));
		this.job.remind();
		String second = group.get("sessions").get(1).get("id").asString();
		assertThat(this.outbox.queued("group-reminder:" + second + ":" + inGroup.get(0).id()))
			.as("the second session, a day before")
			.isTrue();
	}

}

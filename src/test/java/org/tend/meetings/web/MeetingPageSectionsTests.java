package org.tend.meetings.web;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.tend.accounts.CurrentMember;
import org.tend.meetings.MeetingDetails;
import org.tend.meetings.MeetingKind;
import org.tend.meetings.MeetingPageSection;
import org.tend.meetings.MeetingsService;
import org.tend.meetings.NewMeeting;
import org.tend.support.SmallJournal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Modules above meetings (the ledger's open promises) add sections to the meeting page
 * without meetings knowing them: each is rendered in order with the data it computed for
 * the member and the meeting's people.
 */
@SpringBootTest
@AutoConfigureMockMvc
class MeetingPageSectionsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	MeetingsService meetings;

	@Autowired
	JdbcClient jdbc;

	@Test
	void rendersTheContributedSectionsInOrderWithTheirData() throws Exception {
		SmallJournal fixtures = new SmallJournal(this.jdbc);
		String email = "member-" + UUID.randomUUID() + "@example.org";
		CurrentMember member = new CurrentMember(fixtures.account("Member", email), email, "Zoë",
				ZoneId.of("Europe/Madrid"));
		UUID ana = fixtures.person(member.id(), "Ana Lúcia Ferreira");
		MeetingDetails meeting = this.meetings.create(member.id(), member.zone(),
				NewMeeting.planned(List.of(ana), MeetingKind.COFFEE, Instant.parse("2026-03-02T09:30:00Z")));

		String html = this.mvc
			.perform(get("/meetings/{id}", meeting.id()).with(authentication(MeetingPagesTests.signedIn(member))))
			.andReturn()
			.getResponse()
			.getContentAsString();

		String first = "first for " + member.id() + " with [" + ana + "]";
		String second = "second for " + member.id() + " with [" + ana + "]";
		assertThat(html).contains(first, second);
		assertThat(html.indexOf(first)).isLessThan(html.indexOf(second));
		assertThat(html.indexOf("Prep card")).isLessThan(html.indexOf(first));
		assertThat(html.indexOf(second)).isLessThan(html.indexOf("id=\"reflection\""));
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Sections {

		@Bean
		MeetingPageSection second() {
			return section(20, "second");
		}

		@Bean
		MeetingPageSection first() {
			return section(10, "first");
		}

		private static MeetingPageSection section(int order, String name) {
			return new MeetingPageSection() {

				@Override
				public int order() {
					return order;
				}

				@Override
				public String template() {
					return "test/meeting-section";
				}

				@Override
				public Object data(UUID ownerId, UUID meetingId, List<UUID> personIds) {
					return name + " for " + ownerId + " with " + personIds;
				}

			};
		}

	}

}

package org.tend.meetings.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockServletContext;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;
import org.tend.meetings.MeetingDetails;
import org.tend.meetings.MeetingKind;
import org.tend.meetings.MeetingStatus;
import org.tend.meetings.MeetingsService;
import org.tend.meetings.NewMeeting;
import org.tend.meetings.Reflection;
import org.tend.meetings.web.MeetingsPersonSection.PersonMeetings;
import org.tend.people.PersonPageSection;
import org.tend.support.SmallJournal;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class MeetingsPersonSectionTests {

	private static final ZoneId MADRID = ZoneId.of("Europe/Madrid");

	@Autowired
	List<PersonPageSection> sections;

	@Autowired
	MeetingsService meetings;

	@Autowired
	SpringTemplateEngine templates;

	@Autowired
	JdbcClient jdbc;

	private UUID owner;

	private UUID ana;

	private PersonPageSection section;

	@BeforeEach
	void journal() {
		SmallJournal fixtures = new SmallJournal(this.jdbc);
		this.owner = fixtures.account("Member", "member-" + UUID.randomUUID() + "@example.org");
		this.ana = fixtures.person(this.owner, "Ana Lúcia Ferreira");
		this.section = this.sections.stream()
			.filter((candidate) -> candidate.template().equals("meetings/person-section"))
			.findFirst()
			.orElseThrow();
	}

	@Test
	void showsPlannedMeetingsFirstThenPastOnesAndTheLatestNextStep() {
		MeetingDetails old = create(MeetingKind.LUNCH, MeetingStatus.HAPPENED, daysFromNow(-60));
		this.meetings.reflect(this.owner, MADRID, old.id(),
				new Reflection(null, null, null, null, "Introduce her to Jorge at the climate fund"));
		MeetingDetails cancelled = create(MeetingKind.CALL, MeetingStatus.CANCELLED, daysFromNow(-10));
		MeetingDetails soon = create(MeetingKind.COFFEE, MeetingStatus.PLANNED, daysFromNow(2));
		MeetingDetails later = create(MeetingKind.WALK, MeetingStatus.PLANNED, daysFromNow(9));

		PersonMeetings data = (PersonMeetings) this.section.data(this.owner, this.ana);

		assertThat(this.section.order()).isEqualTo(10);
		assertThat(data.upcoming()).extracting(MeetingView::id).containsExactly(soon.id(), later.id());
		assertThat(data.past()).extracting(MeetingView::id).containsExactly(cancelled.id(), old.id());
		assertThat(data.nextStep().reflection().nextStep()).isEqualTo("Introduce her to Jorge at the climate fund");
		assertThat(data.zone()).isEqualTo(MADRID);

		String html = render(data);
		assertThat(html).contains("Plan a meeting", "Log a coffee")
			.contains("/meetings/new?personId=" + this.ana + "&amp;kind=coffee&amp;status=happened")
			.contains("Introduce her to Jorge at the climate fund")
			.contains("Coming up", "What has been", "Walk", "Lunch", "Cancelled");
		assertThat(html.indexOf("<span>Walk</span>")).isLessThan(html.indexOf("What has been"));
		assertThat(html.indexOf("What has been")).isLessThan(html.indexOf("<span>Lunch</span>"));
	}

	@Test
	void saysSoWhenTheyHaveNotMetYet() {
		PersonMeetings data = (PersonMeetings) this.section.data(this.owner, this.ana);

		assertThat(data.none()).isTrue();
		assertThat(render(data)).contains("You have not met yet.", "Plan a meeting");
	}

	private String render(PersonMeetings data) {
		MockServletContext servletContext = new MockServletContext();
		WebContext context = new WebContext(
				JakartaServletWebApplication.buildApplication(servletContext)
					.buildExchange(new MockHttpServletRequest(servletContext), new MockHttpServletResponse()),
				Locale.ENGLISH, Map.of("section", this.section, "data", data));
		return this.templates.process("test/meetings-person-host", context);
	}

	private MeetingDetails create(MeetingKind kind, MeetingStatus status, Instant startsAt) {
		return this.meetings.create(this.owner, MADRID,
				new NewMeeting(List.of(this.ana), kind, null, startsAt, null, null, status, null, null));
	}

	private static Instant daysFromNow(long days) {
		return Instant.now().plus(days, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MINUTES);
	}

}

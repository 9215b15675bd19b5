package org.tend.challenge;

import java.io.StringReader;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStart;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tend.support.JsonApi;
import org.tend.support.JsonApi.Member;
import org.tend.support.JsonApi.Reply;
import org.tend.support.TravelClock;
import org.tend.support.SmallJournal;

import static org.assertj.core.api.Assertions.assertThat;

/** The calendar invitation, read back with ical4j's own parser. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TravelClock.class)
class InviteTests {

	private static final ZoneId MADRID = ZoneId.of("Europe/Madrid");

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TravelClock.Travel clock;

	@Autowired
	ChallengeService challenge;

	private JsonApi api;

	private Member ana;

	private UUID zoe;

	private UUID coffee;

	@BeforeEach
	void meeting() {
		this.clock.set(ChallengeApiTests.MONDAY);
		this.api = new JsonApi(this.port);
		this.ana = this.api.signUp("Ana García");
		new SmallJournal(this.jdbc).setTimeZone(this.ana.id(), "Europe/Madrid");
		this.zoe = this.api.as(this.ana)
			.create("/api/v1/people", Map.of("name", "Zoë Ñúñez 🌱", "emails", List.of("zoe@example.org")));
		this.coffee = this.api.as(this.ana)
			.create("/api/v1/meetings", Map.of("personIds", List.of(this.zoe), "kind", "coffee", "startsAt",
					"2026-11-26T10:30:00+01:00", "durationMinutes", 45, "place", "Café Gijón"));
	}

	@Test
	void isAnICalendarEventInTheMembersZone() throws Exception {
		Reply reply = this.api.as(this.ana).get("/api/v1/meetings/" + this.coffee + "/invite.ics");

		assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
		assertThat(reply.contentType()).startsWith("text/calendar");
		assertThat(reply.header("Content-Disposition")).contains("attachment", ".ics");
		Calendar calendar = new CalendarBuilder().build(new StringReader(reply.body()));
		calendar.validate();
		assertThat(value(calendar, Property.VERSION)).isEqualTo("2.0");
		assertThat(value(calendar, Property.PRODID)).contains("Tend");
		VTimeZone zone = calendar.<VTimeZone>getComponents("VTIMEZONE").get(0);
		assertThat(zone.getProperty(Property.TZID).orElseThrow().getValue()).isEqualTo("Europe/Madrid");

		VEvent event = calendar.<VEvent>getComponents("VEVENT").get(0);
		assertThat(event.getProperty(Property.UID).orElseThrow().getValue()).startsWith(this.coffee.toString());
		assertThat(event.getDateStamp().orElseThrow().getDate()).isEqualTo(Instant.parse("2026-11-23T09:00:00Z"));
		DtStart<Temporal> start = event.getStartDate().orElseThrow();
		assertThat(start.getParameter(Parameter.TZID).orElseThrow().getValue()).isEqualTo("Europe/Madrid");
		assertThat(ZonedDateTime.from(start.getDate()).toInstant()).isEqualTo(Instant.parse("2026-11-26T09:30:00Z"));
		assertThat(ZonedDateTime.from(start.getDate()).toLocalTime()).hasToString("10:30");
		DtEnd<Temporal> end = event.getEndDate().orElseThrow();
		assertThat(ZonedDateTime.from(end.getDate()).toInstant()).isEqualTo(Instant.parse("2026-11-26T10:15:00Z"));
		assertThat(event.getProperty(Property.SUMMARY).orElseThrow().getValue())
			.isEqualTo("Coffee: Ana García and Zoë Ñúñez 🌱");
		assertThat(event.getProperty(Property.LOCATION).orElseThrow().getValue()).isEqualTo("Café Gijón");
		assertThat(event.getProperty(Property.ORGANIZER).orElseThrow().getValue())
			.isEqualTo("mailto:" + this.ana.email());
	}

	@Test
	void anotherMembersMeetingIsNotFound() {
		Member bo = this.api.signUp("Bo");

		Reply reply = this.api.as(bo).get("/api/v1/meetings/" + this.coffee + "/invite.ics");

		assertThat(reply.status()).isEqualTo(404);
		assertThat(reply.contentType()).contains("problem+json");
	}

	@Test
	void theMessageIsReadyToSendByEmail() {
		Invite invite = this.challenge.invite(this.ana.id(), MADRID, "Ana García", this.coffee);

		assertThat(invite.subject()).isEqualTo("A coffee with Ana García?");
		assertThat(invite.body()).contains("Hi Zoë,", "Thursday 26 November at 10:30 at Café Gijón", "Ana García");
		assertThat(invite.mailto())
			.startsWith("mailto:zoe@example.org?subject=A%20coffee%20with%20Ana%20Garc%C3%ADa%3F")
			.contains("&body=Hi%20Zo%C3%AB")
			.doesNotContain("+");
	}

	private static String value(Calendar calendar, String name) {
		return calendar.getProperty(name).orElseThrow().getValue();
	}

}

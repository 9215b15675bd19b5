package org.tend.interchange;

import java.io.StringReader;
import java.util.List;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tend.support.JsonApi;
import org.tend.support.JsonApi.Caller;
import org.tend.support.JsonApi.Reply;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CalendarFeedTests {

	@LocalServerPort
	int port;

	@Test
	void theSecretAddressServesPlannedMeetingsAndDuePromisesUntilRevoked() throws Exception {
		JsonApi api = new JsonApi(this.port);
		Caller zoe = api.newMember("Zoë");
		JournalWriter.write(zoe);
		Reply created = zoe.post("/api/v1/calendar-feed", null);
		assertThat(created.status()).isEqualTo(201);
		String url = created.json().get("url").asString();
		assertThat(url).matches("http://[^/]+/calendar/[A-Za-z0-9_-]{43}\\.ics");

		Reply feed = api.get(url);

		assertThat(feed.status()).isEqualTo(200);
		assertThat(feed.contentType()).startsWith("text/calendar");
		Calendar calendar = new CalendarBuilder().build(new StringReader(feed.body()));
		calendar.validate();
		List<String> summaries = calendar.<VEvent>getComponents("VEVENT")
			.stream()
			.map((event) -> event.getSummary().getValue())
			.toList();
		// the planned video call ahead, and the one open promise with a due date; not the
		// meeting that happened, the cancelled one or the undated promise
		assertThat(summaries).containsExactlyInAnyOrder("Video with Zoë Ñúñez 🌱, 李小龍",
				"Promised Zoë Ñúñez 🌱: Send the grant call");

		assertThat(zoe.call("DELETE", "/api/v1/calendar-feed", null).status()).isEqualTo(204);
		assertThat(api.get(url).status()).isEqualTo(404);
		assertThat(zoe.call("DELETE", "/api/v1/calendar-feed", null).status()).isEqualTo(404);
	}

	@Test
	void aNewAddressRevokesTheOldOne() {
		JsonApi api = new JsonApi(this.port);
		Caller zoe = api.newMember("Zoë");
		String first = zoe.post("/api/v1/calendar-feed", null).json().get("url").asString();
		String second = zoe.post("/api/v1/calendar-feed", null).json().get("url").asString();

		assertThat(api.get(first).status()).isEqualTo(404);
		assertThat(api.get(second).status()).isEqualTo(200);
		assertThat(api.get(second.replace(".ics", "x.ics")).status()).isEqualTo(404);
	}

}

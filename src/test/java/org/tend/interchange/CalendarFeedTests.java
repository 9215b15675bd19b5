package org.tend.interchange;

import java.io.StringReader;
import java.util.List;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CalendarFeedTests {

	@LocalServerPort
	int port;

	@Test
	void theSecretAddressServesPlannedMeetingsAndDuePromisesUntilRevoked() throws Exception {
		Member zoe = Member.signUp(this.port, "Zoë");
		JournalWriter.write(zoe);
		Member.Reply created = zoe.post("/api/v1/calendar-feed", null);
		assertThat(created.status()).isEqualTo(201);
		String url = created.json().get("url").asString();
		assertThat(url).matches("http://[^/]+/calendar/[A-Za-z0-9_-]{43}\\.ics");

		Member.Reply feed = anonymous(url);

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
		assertThat(anonymous(url).status()).isEqualTo(404);
		assertThat(zoe.call("DELETE", "/api/v1/calendar-feed", null).status()).isEqualTo(404);
	}

	@Test
	void aNewAddressRevokesTheOldOne() {
		Member zoe = Member.signUp(this.port, "Zoë");
		String first = zoe.post("/api/v1/calendar-feed", null).json().get("url").asString();
		String second = zoe.post("/api/v1/calendar-feed", null).json().get("url").asString();

		assertThat(anonymous(first).status()).isEqualTo(404);
		assertThat(anonymous(second).status()).isEqualTo(200);
		assertThat(anonymous(second.replace(".ics", "x.ics")).status()).isEqualTo(404);
	}

	private static Member.Reply anonymous(String url) {
		try {
			var response = java.net.http.HttpClient.newHttpClient()
				.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(url)).build(),
						java.net.http.HttpResponse.BodyHandlers.ofString());
			return new Member.Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
					response.body());
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}

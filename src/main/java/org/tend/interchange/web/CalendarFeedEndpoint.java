package org.tend.interchange.web;

import java.nio.charset.StandardCharsets;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.tend.interchange.CalendarFeedService;

/**
 * The feed itself, for calendar apps: no session, the secret in the address is the key.
 * An unknown or revoked token is a plain 404.
 */
@Controller
class CalendarFeedEndpoint {

	static final MediaType CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

	private final CalendarFeedService feeds;

	CalendarFeedEndpoint(CalendarFeedService feeds) {
		this.feeds = feeds;
	}

	@GetMapping("/calendar/{token}.ics")
	ResponseEntity<String> feed(@PathVariable String token) {
		return ResponseEntity.ok()
			.contentType(CALENDAR)
			.cacheControl(CacheControl.noStore())
			.body(this.feeds.ics(token));
	}

}

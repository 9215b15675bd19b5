package org.tend.interchange.web;

import java.net.URI;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.tend.accounts.CurrentMember;
import org.tend.interchange.CalendarFeed;
import org.tend.interchange.CalendarFeedService;

/** The member's private calendar feed: make a new secret address, or revoke it. */
@RestController
class CalendarFeedApi {

	private final CalendarFeedService feeds;

	CalendarFeedApi(CalendarFeedService feeds) {
		this.feeds = feeds;
	}

	/**
	 * A new secret address (shown this once); any earlier one stops working. Subscribe to
	 * {@code url} from any calendar app.
	 */
	@PostMapping("/api/v1/calendar-feed")
	ResponseEntity<FeedJson> create(CurrentMember member) {
		CalendarFeed feed = this.feeds.create(member.id());
		String url = ServletUriComponentsBuilder.fromCurrentContextPath().path(feed.path()).toUriString();
		return ResponseEntity.created(URI.create("/api/v1/calendar-feed")).body(new FeedJson(url, feed));
	}

	/** Revokes the feed: its address answers 404 from now on. 404 when there is none. */
	@DeleteMapping("/api/v1/calendar-feed")
	ResponseEntity<Void> revoke(CurrentMember member) {
		this.feeds.revoke(member.id());
		return ResponseEntity.noContent().build();
	}

	record FeedJson(String url, java.time.Instant createdAt) {

		FeedJson(String url, CalendarFeed feed) {
			this(url, feed.createdAt());
		}

	}

}

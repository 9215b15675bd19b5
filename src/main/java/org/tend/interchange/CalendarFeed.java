package org.tend.interchange;

import java.time.Instant;

/**
 * A member's new calendar feed: {@code token} is the secret in its address
 * ({@code /calendar/<token>.ics}), shown once; only its hash is kept.
 */
public record CalendarFeed(String token, Instant createdAt) {

	public String path() {
		return "/calendar/" + this.token + ".ics";
	}

}

package org.tend.interchange;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tend.interchange.calendar.CalendarFeedRepository;
import org.tend.interchange.calendar.CalendarFeedRenderer;
import org.tend.shared.Secrets;

/**
 * The private calendar feed: a secret address any calendar app can subscribe to, without
 * signing in, serving the member's planned meetings and the due dates of open promises.
 * Making a new one revokes the old.
 */
@Service
public class CalendarFeedService {

	private final CalendarFeedRepository feeds;

	private final CalendarFeedRenderer calendar;

	private final Clock clock;

	CalendarFeedService(CalendarFeedRepository feeds, CalendarFeedRenderer calendar, Clock clock) {
		this.feeds = feeds;
		this.calendar = calendar;
		this.clock = clock;
	}

	/** A new secret address for the member's feed; any earlier one stops working. */
	@Transactional
	public CalendarFeed create(UUID ownerId) {
		String token = Secrets.newSecret("");
		Instant now = this.clock.instant().truncatedTo(ChronoUnit.MILLIS);
		this.feeds.replace(ownerId, Secrets.hash(token), now);
		return new CalendarFeed(token, now);
	}

	/**
	 * @throws CalendarFeedNotFound when the member has no feed
	 */
	@Transactional
	public void revoke(UUID ownerId) {
		if (!this.feeds.delete(ownerId)) {
			throw CalendarFeedNotFound.none();
		}
	}

	/** When the member's feed was made, if they have one. */
	@Transactional(readOnly = true)
	public Optional<Instant> activeSince(UUID ownerId) {
		return this.feeds.createdAt(ownerId);
	}

	/**
	 * The feed at that secret address, as iCalendar text.
	 * @throws CalendarFeedNotFound for an unknown or revoked token
	 */
	@Transactional(readOnly = true)
	public String ics(String token) {
		UUID ownerId = this.feeds.ownerOf(Secrets.hash(token)).orElseThrow(CalendarFeedNotFound::none);
		return this.calendar.render(ownerId);
	}

}

package org.tend.challenge.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.tend.meetings.MeetingDetails;
import org.tend.meetings.MeetingFilter;
import org.tend.meetings.MeetingStatus;
import org.tend.meetings.MeetingsService;
import org.tend.shared.PageOf;
import org.tend.shared.PageRequest;

/**
 * How many meetings happened each week (Mondays in the member's zone), read a year at a
 * time and further back only when a long streak asks for it.
 */
public final class HappenedWeeks {

	private static final int CHUNK_WEEKS = 53;

	private final MeetingsService meetings;

	private final UUID ownerId;

	private final ZoneId zone;

	private final Map<LocalDate, Integer> counts = new HashMap<>();

	private LocalDate loadedFrom;

	public HappenedWeeks(MeetingsService meetings, UUID ownerId, ZoneId zone, LocalDate until) {
		this.meetings = meetings;
		this.ownerId = ownerId;
		this.zone = zone;
		// until: the Monday after the last week wanted
		this.loadedFrom = until;
		load(until.minusWeeks(CHUNK_WEEKS), until);
	}

	public int count(LocalDate monday) {
		while (monday.isBefore(this.loadedFrom)) {
			load(this.loadedFrom.minusWeeks(CHUNK_WEEKS), this.loadedFrom);
		}
		return this.counts.getOrDefault(monday, 0);
	}

	private void load(LocalDate from, LocalDate to) {
		Instant start = from.atStartOfDay(this.zone).toInstant();
		Instant end = to.atStartOfDay(this.zone).toInstant();
		MeetingFilter happened = new MeetingFilter(null, MeetingStatus.HAPPENED, start, end);
		PageOf<MeetingDetails> page;
		int number = 0;
		do {
			page = this.meetings.list(this.ownerId, happened, new PageRequest(number++, PageOf.MAX_SIZE));
			for (MeetingDetails meeting : page.items()) {
				LocalDate monday = IsoWeeks.monday(meeting.startsAt().atZone(this.zone).toLocalDate());
				this.counts.merge(monday, 1, Integer::sum);
			}
		}
		while (page.hasNext());
		this.loadedFrom = from;
	}

}

package org.tend.meetings.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;

import org.tend.meetings.MeetingDetails;
import org.tend.meetings.MeetingKind;
import org.tend.meetings.MeetingMode;
import org.tend.meetings.MeetingStatus;
import org.tend.meetings.Reflection;
import org.tend.people.PersonSummary;

/**
 * A meeting as the pages show it: its start in the member's time zone, and whether that
 * start has passed (a planned meeting in the past asks for a reflection).
 */
record MeetingView(UUID id, List<PersonSummary> people, MeetingKind kind, MeetingMode mode, ZonedDateTime start,
		Integer durationMinutes, String place, MeetingStatus status, String prep, Reflection reflection, boolean past) {

	static MeetingView of(MeetingDetails meeting, ZoneId zone, Instant now) {
		return new MeetingView(meeting.id(), meeting.people(), meeting.kind(), meeting.mode(),
				meeting.startsAt().atZone(zone), meeting.durationMinutes(), meeting.place(), meeting.status(),
				meeting.prep(), meeting.reflection(), !meeting.startsAt().isAfter(now));
	}

	static List<MeetingView> of(List<MeetingDetails> meetings, ZoneId zone, Instant now) {
		return meetings.stream().map((meeting) -> of(meeting, zone, now)).toList();
	}

	/** A planned meeting whose time has come: the page asks how it went. */
	public boolean awaitsReflection() {
		return this.past && this.status == MeetingStatus.PLANNED;
	}

	/**
	 * The status as the badge says it: a planned meeting whose time has passed is not
	 * "planned" any more but waiting for the member's reflection.
	 */
	public String shownStatus() {
		return awaitsReflection() ? "awaiting" : this.status.code();
	}

}

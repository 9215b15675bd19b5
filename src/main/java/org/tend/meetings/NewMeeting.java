package org.tend.meetings;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.tend.meetings.internal.TextLimits;

/**
 * A meeting to record: with 1 to {@value #MAX_PEOPLE} people of the member's journal.
 * Mode defaults to the kind's usual one, status to planned, reflection to none. Durations
 * are 1 to {@value #MAX_DURATION_MINUTES} minutes, the place at most
 * {@value #MAX_PLACE_LENGTH} characters, the prep notes at most
 * {@value #MAX_PREP_LENGTH}.
 */
public record NewMeeting(List<UUID> personIds, MeetingKind kind, MeetingMode mode, Instant startsAt,
		Integer durationMinutes, String place, MeetingStatus status, String prep, Reflection reflection) {

	public static final int MAX_PEOPLE = 12;

	public static final int MAX_DURATION_MINUTES = 1440;

	public static final int MAX_PLACE_LENGTH = 200;

	public static final int MAX_PREP_LENGTH = 4000;

	public NewMeeting {
		personIds = people(personIds);
		if (kind == null) {
			throw new IllegalArgumentException("kind is required");
		}
		if (startsAt == null) {
			throw new IllegalArgumentException("startsAt is required");
		}
		mode = (mode != null) ? mode : kind.usualMode();
		status = (status != null) ? status : MeetingStatus.PLANNED;
		durationMinutes = duration(durationMinutes);
		place = TextLimits.optional("place", place, MAX_PLACE_LENGTH);
		prep = TextLimits.optional("prep", prep, MAX_PREP_LENGTH);
		reflection = (reflection != null) ? reflection : Reflection.NONE;
	}

	/** A planned meeting with the usual mode and nothing written yet. */
	public static NewMeeting planned(List<UUID> personIds, MeetingKind kind, Instant startsAt) {
		return new NewMeeting(personIds, kind, null, startsAt, null, null, MeetingStatus.PLANNED, null, null);
	}

	static List<UUID> people(List<UUID> personIds) {
		if (personIds == null || personIds.isEmpty() || personIds.stream().anyMatch(Objects::isNull)) {
			throw new IllegalArgumentException("personIds must name at least one person");
		}
		List<UUID> distinct = List.copyOf(new LinkedHashSet<>(personIds));
		if (distinct.size() > MAX_PEOPLE) {
			throw new IllegalArgumentException("personIds must name at most " + MAX_PEOPLE + " people");
		}
		return distinct;
	}

	static Integer duration(Integer minutes) {
		if (minutes != null && (minutes < 1 || minutes > MAX_DURATION_MINUTES)) {
			throw new IllegalArgumentException("durationMinutes must be between 1 and " + MAX_DURATION_MINUTES);
		}
		return minutes;
	}

}

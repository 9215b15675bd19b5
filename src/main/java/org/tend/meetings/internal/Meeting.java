package org.tend.meetings.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.tend.meetings.MeetingChanges;
import org.tend.meetings.MeetingKind;
import org.tend.meetings.MeetingMode;
import org.tend.meetings.MeetingStatus;
import org.tend.meetings.NewMeeting;
import org.tend.meetings.Reflection;

/**
 * A meeting as stored: its people by id. Changes produce a new value so that the service
 * can compare before and after (whose last contact to recompute).
 */
public record Meeting(UUID id, List<UUID> personIds, MeetingKind kind, MeetingMode mode, Instant startsAt,
		Integer durationMinutes, String place, MeetingStatus status, String prep, Reflection reflection,
		Instant createdAt, Instant updatedAt) {

	public Meeting {
		personIds = List.copyOf(personIds);
		reflection = (reflection != null) ? reflection : Reflection.NONE;
	}

	public static Meeting create(UUID id, NewMeeting command, Instant now) {
		return new Meeting(id, command.personIds(), command.kind(), command.mode(), command.startsAt(),
				command.durationMinutes(), command.place(), command.status(), command.prep(), command.reflection(), now,
				now);
	}

	/** This meeting with the given parts changed; a blank place or prep clears it. */
	public Meeting apply(MeetingChanges changes, Instant now) {
		return new Meeting(this.id, or(changes.personIds(), this.personIds), or(changes.kind(), this.kind),
				or(changes.mode(), this.mode), or(changes.startsAt(), this.startsAt),
				or(changes.durationMinutes(), this.durationMinutes),
				(changes.place() != null) ? TextLimits.optional("place", changes.place(), NewMeeting.MAX_PLACE_LENGTH)
						: this.place,
				or(changes.status(), this.status), (changes.prep() != null)
						? TextLimits.optional("prep", changes.prep(), NewMeeting.MAX_PREP_LENGTH) : this.prep,
				or(changes.reflection(), this.reflection), this.createdAt, now);
	}

	Meeting withPersonIds(List<UUID> ids) {
		return new Meeting(this.id, ids, this.kind, this.mode, this.startsAt, this.durationMinutes, this.place,
				this.status, this.prep, this.reflection, this.createdAt, this.updatedAt);
	}

	/** The text found by search: kind, place, prep notes and reflection. */
	public String searchText() {
		StringBuilder text = new StringBuilder(this.kind.code());
		for (String part : new String[] { this.place, this.prep, this.reflection.text() }) {
			if (part != null && !part.isEmpty()) {
				text.append('\n').append(part);
			}
		}
		return text.toString();
	}

	private static <T> T or(T given, T current) {
		return (given != null) ? given : current;
	}

}

package org.tend.meetings.web;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.tend.meetings.MeetingChanges;
import org.tend.meetings.MeetingKind;
import org.tend.meetings.MeetingMode;
import org.tend.meetings.MeetingStatus;
import org.tend.meetings.NewMeeting;

/**
 * {@code PATCH /api/v1/meetings/{id}}: only the fields given change. An empty place or
 * prep clears it; a given reflection replaces the whole reflection.
 */
record MeetingPatch(@Size(min = 1, max = NewMeeting.MAX_PEOPLE) List<@NotNull UUID> personIds, MeetingKind kind,
		MeetingMode mode, OffsetDateTime startsAt,
		@Min(1) @Max(NewMeeting.MAX_DURATION_MINUTES) Integer durationMinutes,
		@Size(max = NewMeeting.MAX_PLACE_LENGTH) String place, MeetingStatus status,
		@Size(max = NewMeeting.MAX_PREP_LENGTH) String prep, @Valid ReflectionJson reflection) {

	MeetingChanges toChanges() {
		return new MeetingChanges(this.personIds, this.kind, this.mode,
				(this.startsAt != null) ? this.startsAt.toInstant() : null, this.durationMinutes, this.place,
				this.status, this.prep, ReflectionJson.toReflection(this.reflection));
	}

}

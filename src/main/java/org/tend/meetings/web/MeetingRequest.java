package org.tend.meetings.web;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.tend.meetings.MeetingKind;
import org.tend.meetings.MeetingMode;
import org.tend.meetings.MeetingStatus;
import org.tend.meetings.NewMeeting;

/**
 * {@code POST /api/v1/meetings}: 1 to 12 people of the member's journal, a kind and a
 * start are needed; mode defaults to the kind's usual one, status to planned.
 */
record MeetingRequest(@NotEmpty @Size(max = NewMeeting.MAX_PEOPLE) List<@NotNull UUID> personIds,
		@NotNull MeetingKind kind, MeetingMode mode, @NotNull OffsetDateTime startsAt,
		@Min(1) @Max(NewMeeting.MAX_DURATION_MINUTES) Integer durationMinutes,
		@Size(max = NewMeeting.MAX_PLACE_LENGTH) String place, MeetingStatus status,
		@Size(max = NewMeeting.MAX_PREP_LENGTH) String prep, @Valid ReflectionJson reflection) {

	NewMeeting toCommand() {
		return new NewMeeting(this.personIds, this.kind, this.mode, this.startsAt.toInstant(), this.durationMinutes,
				this.place, this.status, this.prep, ReflectionJson.toReflection(this.reflection));
	}

}

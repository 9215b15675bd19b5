package org.tend.meetings.web;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

import org.springframework.validation.BindingResult;
import org.tend.meetings.MeetingChanges;
import org.tend.meetings.MeetingDetails;
import org.tend.meetings.MeetingKind;
import org.tend.meetings.MeetingMode;
import org.tend.meetings.MeetingStatus;
import org.tend.meetings.NewMeeting;
import org.tend.shared.DateRules;

/**
 * The meeting form (new and edit). Codes, the start and the duration stay text here so
 * that what the member typed comes back with a message instead of a failed request; the
 * start is a local date-time ({@code 2026-03-02T09:30}) read in the member's time zone,
 * the duration 1 to 1440 minutes.
 */
record MeetingForm(
		@NotEmpty(message = "{meetings.form.people.required}") @Size(max = NewMeeting.MAX_PEOPLE,
				message = "{meetings.form.people.tooMany}") List<UUID> personIds,
		@NotBlank(message = "{meetings.form.kind.required}") String kind, String mode,
		@NotBlank(message = "{meetings.form.startsAt.required}") String startsAt, String durationMinutes,
		@Size(max = NewMeeting.MAX_PLACE_LENGTH, message = "{meetings.form.place.tooLong}") String place, String status,
		@Size(max = NewMeeting.MAX_PREP_LENGTH, message = "{meetings.form.prep.tooLong}") String prep) {

	static MeetingForm blank(List<UUID> personIds, MeetingKind kind, MeetingStatus status, LocalDateTime startsAt) {
		return new MeetingForm(personIds, kind.code(), kind.usualMode().code(), text(startsAt), null, null,
				status.code(), null);
	}

	static MeetingForm of(MeetingDetails meeting, ZoneId zone) {
		return new MeetingForm(meeting.personIds(), meeting.kind().code(), meeting.mode().code(),
				text(LocalDateTime.ofInstant(meeting.startsAt(), zone)),
				(meeting.durationMinutes() != null) ? meeting.durationMinutes().toString() : null, meeting.place(),
				meeting.status().code(), meeting.prep());
	}

	/**
	 * Checks what Bean Validation cannot (codes, start, duration) and records a field
	 * error for each bad value.
	 */
	void check(BindingResult result) {
		check(result, "kind", this.kind, "meetings.form.invalidChoice", () -> MeetingKind.fromCode(this.kind));
		check(result, "mode", this.mode, "meetings.form.invalidChoice", () -> MeetingMode.fromCode(this.mode));
		check(result, "status", this.status, "meetings.form.invalidChoice", () -> MeetingStatus.fromCode(this.status));
		check(result, "startsAt", this.startsAt, "typeMismatch", () -> DateRules.parseDateTime(this.startsAt));
		check(result, "durationMinutes", this.durationMinutes, "typeMismatch",
				() -> Integer.parseInt(this.durationMinutes.strip()));
		if (!result.hasFieldErrors("durationMinutes") && !isBlank(this.durationMinutes)) {
			int minutes = Integer.parseInt(this.durationMinutes.strip());
			if (minutes < 1 || minutes > NewMeeting.MAX_DURATION_MINUTES) {
				result.rejectValue("durationMinutes", "meetings.form.duration.range");
			}
		}
	}

	NewMeeting toNewMeeting(ZoneId zone) {
		return new NewMeeting(this.personIds, MeetingKind.fromCode(this.kind), chosenMode(), start(zone), minutes(),
				this.place, chosenStatus(), this.prep, null);
	}

	/** Every part of the form replaces the meeting's; the reflection is left as it is. */
	MeetingChanges toChanges(ZoneId zone) {
		return new MeetingChanges(this.personIds, MeetingKind.fromCode(this.kind), chosenMode(), start(zone), minutes(),
				(this.place != null) ? this.place : "", chosenStatus(), (this.prep != null) ? this.prep : "", null);
	}

	private Instant start(ZoneId zone) {
		return DateRules.parseDateTime(this.startsAt).atZone(zone).toInstant();
	}

	private Integer minutes() {
		return isBlank(this.durationMinutes) ? null : Integer.valueOf(this.durationMinutes.strip());
	}

	private MeetingMode chosenMode() {
		return isBlank(this.mode) ? null : MeetingMode.fromCode(this.mode);
	}

	private MeetingStatus chosenStatus() {
		return isBlank(this.status) ? null : MeetingStatus.fromCode(this.status);
	}

	private static String text(LocalDateTime startsAt) {
		return startsAt.truncatedTo(ChronoUnit.MINUTES).toString();
	}

	private static void check(BindingResult result, String field, String value, String errorCode, Runnable parse) {
		if (isBlank(value) || result.hasFieldErrors(field)) {
			return;
		}
		try {
			parse.run();
		}
		catch (IllegalArgumentException | DateTimeParseException ex) {
			result.rejectValue(field, errorCode);
		}
	}

	private static boolean isBlank(String text) {
		return text == null || text.isBlank();
	}

}

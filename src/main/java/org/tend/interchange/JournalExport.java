package org.tend.interchange;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.tend.ledger.Direction;
import org.tend.ledger.ExchangeKind;
import org.tend.ledger.PromiseOwner;
import org.tend.ledger.PromiseStatus;
import org.tend.meetings.MeetingKind;
import org.tend.meetings.MeetingMode;
import org.tend.meetings.MeetingStatus;
import org.tend.people.Circle;
import org.tend.people.NoteKind;

/**
 * The whole journal as {@code GET /api/v1/export} writes it and the importer reads it
 * back (docs/export-format.md). Ids tie notes, meetings, exchanges and promises to their
 * people; they are not kept on import (the journal gives new ones).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record JournalExport(Integer schemaVersion, Instant exportedAt, List<PersonEntry> people,
		List<MeetingEntry> meetings, List<ExchangeEntry> exchanges, List<PromiseEntry> promises) {

	/** The version this code writes, and the newest it reads. */
	public static final int SCHEMA_VERSION = 1;

	public JournalExport {
		people = (people != null) ? List.copyOf(people) : List.of();
		meetings = (meetings != null) ? List.copyOf(meetings) : List.of();
		exchanges = (exchanges != null) ? List.copyOf(exchanges) : List.of();
		promises = (promises != null) ? List.copyOf(promises) : List.of();
	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record PersonEntry(UUID id, String name, String company, String role, String city, List<String> emails,
			List<String> phones, List<String> links, List<String> tags, Circle circle, Integer cadenceDays,
			String howWeMet, LocalDate metOn, LocalDate lastMetOn, LocalDate dueOn, Instant createdAt,
			Instant updatedAt, List<NoteEntry> notes) {

		public PersonEntry {
			emails = (emails != null) ? List.copyOf(emails) : List.of();
			phones = (phones != null) ? List.copyOf(phones) : List.of();
			links = (links != null) ? List.copyOf(links) : List.of();
			tags = (tags != null) ? List.copyOf(tags) : List.of();
			notes = (notes != null) ? List.copyOf(notes) : List.of();
		}

	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record NoteEntry(UUID id, NoteKind kind, String text, LocalDate notedOn, Instant createdAt) {
	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record MeetingEntry(UUID id, List<UUID> personIds, MeetingKind kind, MeetingMode mode, Instant startsAt,
			Integer durationMinutes, String place, MeetingStatus status, String prep, ReflectionEntry reflection,
			Instant createdAt, Instant updatedAt) {

		public MeetingEntry {
			personIds = (personIds != null) ? List.copyOf(personIds) : List.of();
		}

	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record ReflectionEntry(String learned, String shared, String adviceOffered, String helpAsked,
			String nextStep) {
	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record ExchangeEntry(UUID id, UUID personId, Direction direction, ExchangeKind kind, String description,
			LocalDate on, UUID meetingId, Instant createdAt) {
	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record PromiseEntry(UUID id, UUID personId, PromiseOwner owner, String text, LocalDate due,
			PromiseStatus status, UUID meetingId, Instant createdAt, Instant closedAt) {
	}

}

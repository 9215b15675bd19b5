package org.tend.interchange.importing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import org.tend.interchange.ImportFormat;
import org.tend.interchange.ImportRejected;
import org.tend.interchange.JournalExport.ExchangeEntry;
import org.tend.interchange.JournalExport.MeetingEntry;
import org.tend.interchange.JournalExport.PersonEntry;
import org.tend.interchange.JournalExport.PromiseEntry;
import org.tend.interchange.JournalExport.ReflectionEntry;
import org.tend.interchange.JournalExport;
import org.tend.meetings.NewMeeting;
import org.tend.meetings.Reflection;
import org.tend.people.PersonInput;

/**
 * Tend's own export ({@link JournalExport}), read entry by entry so that every problem
 * names its line: broken JSON, a value of the wrong type, a meeting with a person the
 * file does not hold.
 */
final class TendJsonParser implements ContactParser {

	private static final JsonMapper JSON = JsonMapper.builder()
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
		.build();

	@Override
	public ImportFormat format() {
		return ImportFormat.TEND;
	}

	@Override
	public ParsedFile parse(String text) {
		try (JsonParser parser = JSON.createParser(text)) {
			return read(parser);
		}
		catch (JacksonException ex) {
			TokenStreamLocation at = ex.getLocation();
			String reason = ex.getOriginalMessage();
			reason = (reason != null) ? ContactDraft.cut(reason.lines().findFirst().orElse(reason), 200) : "bad JSON";
			if (at != null && at.getLineNr() > 0) {
				throw ImportRejected.at(at.getLineNr(), Math.max(at.getColumnNr(), 1), reason);
			}
			throw ImportRejected.because(reason);
		}
	}

	private static ParsedFile read(JsonParser parser) {
		if (parser.nextToken() != JsonToken.START_OBJECT) {
			throw rejected(parser, "a Tend export is a JSON object {\"schemaVersion\": 1, ...}");
		}
		Integer version = null;
		Instant exportedAt = null;
		Entries<PersonEntry> people = new Entries<>();
		Entries<MeetingEntry> meetings = new Entries<>();
		Entries<ExchangeEntry> exchanges = new Entries<>();
		Entries<PromiseEntry> promises = new Entries<>();
		while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
			String field = parser.currentName();
			parser.nextToken();
			switch (field) {
				case "schemaVersion" -> version = JSON.readValue(parser, Integer.class);
				case "exportedAt" -> exportedAt = JSON.readValue(parser, Instant.class);
				case "people" -> people.read(parser, PersonEntry.class);
				case "meetings" -> meetings.read(parser, MeetingEntry.class);
				case "exchanges" -> exchanges.read(parser, ExchangeEntry.class);
				case "promises" -> promises.read(parser, PromiseEntry.class);
				default -> parser.skipChildren();
			}
		}
		if (parser.currentToken() != JsonToken.END_OBJECT) {
			throw rejected(parser, "unexpected content");
		}
		if (parser.nextToken() != null) {
			throw rejected(parser, "unexpected content after the export's closing }");
		}
		if (version == null) {
			throw ImportRejected.at(1, 1, "no schemaVersion: this is not a Tend export");
		}
		if (version < 1 || version > JournalExport.SCHEMA_VERSION) {
			throw ImportRejected.at(1, 1, "schemaVersion " + version + " is not one this Tend reads (1 to "
					+ JournalExport.SCHEMA_VERSION + ")");
		}
		List<ParsedRow> rows = checkPeople(people);
		checkMeetings(meetings, people.ids);
		for (int i = 0; i < exchanges.values.size(); i++) {
			ExchangeEntry exchange = exchanges.values.get(i);
			requirePerson(exchange.personId(), people.ids, exchanges.lines.get(i));
			requireMeeting(exchange.meetingId(), meetings.ids, exchanges.lines.get(i));
			require(exchange.direction() != null && exchange.kind() != null && exchange.description() != null
					&& !exchange.description().isBlank(), exchanges.lines.get(i),
					"an exchange needs a direction, a kind and a description");
		}
		for (int i = 0; i < promises.values.size(); i++) {
			PromiseEntry promise = promises.values.get(i);
			requirePerson(promise.personId(), people.ids, promises.lines.get(i));
			requireMeeting(promise.meetingId(), meetings.ids, promises.lines.get(i));
			require(promise.owner() != null && promise.text() != null && !promise.text().isBlank(),
					promises.lines.get(i), "a promise needs an owner and a text");
		}
		return new ParsedFile(ImportFormat.TEND, rows, new JournalExport(version, exportedAt, people.values,
				meetings.values, exchanges.values, promises.values));
	}

	private static List<ParsedRow> checkPeople(Entries<PersonEntry> people) {
		List<ParsedRow> rows = new ArrayList<>();
		for (int i = 0; i < people.values.size(); i++) {
			PersonEntry person = people.values.get(i);
			int line = people.lines.get(i);
			require(person.id() != null, line, "a person needs an id");
			require(people.ids.add(person.id()), line, "person " + person.id() + " appears twice");
			require(person.notes()
				.stream()
				.allMatch((note) -> note != null && note.kind() != null && note.text() != null), line,
					"a note needs a kind and a text");
			PersonInput input = new PersonInput(person.name(), person.company(), person.role(), person.city(),
					person.emails(), person.phones(), person.links(), person.tags(), person.circle(),
					person.cadenceDays(), person.howWeMet(), person.metOn());
			rows.add((input.name() != null) ? new ParsedRow(line, input, null, person.id().toString())
					: ParsedRow.skipped(line, null, "no name"));
		}
		return rows;
	}

	private static void checkMeetings(Entries<MeetingEntry> meetings, Set<UUID> personIds) {
		for (int i = 0; i < meetings.values.size(); i++) {
			MeetingEntry meeting = meetings.values.get(i);
			int line = meetings.lines.get(i);
			require(meeting.id() != null, line, "a meeting needs an id");
			require(meetings.ids.add(meeting.id()), line, "meeting " + meeting.id() + " appears twice");
			meeting.personIds().forEach((personId) -> requirePerson(personId, personIds, line));
			try {
				ReflectionEntry written = meeting.reflection();
				Reflection reflection = (written != null) ? new Reflection(written.learned(), written.shared(),
						written.adviceOffered(), written.helpAsked(), written.nextStep()) : null;
				new NewMeeting(meeting.personIds(), meeting.kind(), meeting.mode(), meeting.startsAt(),
						meeting.durationMinutes(), meeting.place(), meeting.status(), meeting.prep(), reflection);
			}
			catch (IllegalArgumentException ex) {
				throw ImportRejected.at(line, ContactDraft.cut(String.valueOf(ex.getMessage()), 200));
			}
		}
	}

	private static void requirePerson(UUID personId, Set<UUID> personIds, int line) {
		require(personId != null && personIds.contains(personId), line,
				"person " + personId + " is not among the export's people");
	}

	private static void requireMeeting(UUID meetingId, Set<UUID> meetingIds, int line) {
		require(meetingId == null || meetingIds.contains(meetingId), line,
				"meeting " + meetingId + " is not among the export's meetings");
	}

	private static void require(boolean condition, int line, String reason) {
		if (!condition) {
			throw ImportRejected.at(line, reason);
		}
	}

	private static ImportRejected rejected(JsonParser parser, String reason) {
		TokenStreamLocation at = parser.currentTokenLocation();
		return ImportRejected.at(Math.max(at.getLineNr(), 1), Math.max(at.getColumnNr(), 1), reason);
	}

	/** The entries of one array, with the line each starts on. */
	private static final class Entries<T> {

		final List<T> values = new ArrayList<>();

		final List<Integer> lines = new ArrayList<>();

		final Set<UUID> ids = new HashSet<>();

		void read(JsonParser parser, Class<T> type) {
			if (parser.currentToken() == JsonToken.VALUE_NULL) {
				return;
			}
			if (parser.currentToken() != JsonToken.START_ARRAY) {
				throw rejected(parser, "'" + parser.currentName() + "' must be a list [...]");
			}
			while (parser.nextToken() != JsonToken.END_ARRAY) {
				if (parser.currentToken() != JsonToken.START_OBJECT) {
					throw rejected(parser, "each entry must be an object {...}");
				}
				int line = Math.max(parser.currentTokenLocation().getLineNr(), 1);
				this.values.add(JSON.readValue(parser, type));
				this.lines.add(line);
			}
		}

	}

}

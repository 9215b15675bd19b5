package org.tend.interchange;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tend.interchange.importing.FormatDetector;
import org.tend.interchange.importing.ImportPlan;
import org.tend.interchange.importing.ImportPreviewRepository.StoredPreview;
import org.tend.interchange.importing.ImportPreviewRepository;
import org.tend.interchange.importing.ImportWriter;
import org.tend.interchange.importing.ParsedFile;
import org.tend.interchange.importing.ParsedRow;
import org.tend.interchange.importing.RecentlyParsed;
import org.tend.interchange.importing.TextFiles;
import org.tend.people.PeopleService;
import org.tend.meetings.MeetingStatus;
import org.tend.shared.DateRules;
import org.tend.shared.Ids;
import org.tend.shared.web.InvalidInput;

import tools.jackson.databind.ObjectMapper;

/**
 * Imports in two steps: {@link #preview} reads the file, matches its rows against the
 * journal and keeps the file for a day; {@link #apply} reads it again against the journal
 * as it is then and writes everything in one transaction, or nothing.
 */
@Service
public class ImportService {

	/** The largest file taken: a LinkedIn export of 30,000 connections is about 3 MB. */
	public static final int MAX_BYTES = 10 * 1024 * 1024;

	static final Duration KEPT_FOR = Duration.ofDays(1);

	/**
	 * Previews a member keeps at once (each holds its whole file, up to 10 MB): a new one
	 * pushes the oldest out. Ten previews once grew the database by 870 MB.
	 */
	static final int PREVIEWS_KEPT = 3;

	private final ImportPreviewRepository previews;

	private final PeopleService people;

	private final ImportWriter writer;

	private final ObjectMapper json;

	private final Clock clock;

	private final RecentlyParsed recentlyParsed;

	private final DateRules dates;

	ImportService(ImportPreviewRepository previews, PeopleService people, ImportWriter writer, ObjectMapper json,
			Clock clock, RecentlyParsed recentlyParsed, DateRules dates) {
		this.dates = dates;
		this.recentlyParsed = recentlyParsed;
		this.previews = previews;
		this.people = people;
		this.writer = writer;
		this.json = json;
		this.clock = clock;
	}

	/**
	 * Reads the file (in {@code format} when given, else the format its content shows)
	 * and keeps it with what applying would do. Nothing is kept when it cannot be read.
	 * @throws ImportTooLarge over {@link #MAX_BYTES}
	 * @throws UnsupportedImportFormat for an unknown format or an unrecognised file
	 * @throws ImportRejected for a malformed file, with the line and reason
	 */
	@Transactional
	public ImportPreview preview(UUID ownerId, byte[] content, String format) {
		ParsedFile file = checkDates(read(content, format));
		ImportPlan plan = ImportPlan.of(file.rows(), this.people.allDetails(ownerId));
		Instant now = this.clock.instant().truncatedTo(ChronoUnit.MILLIS);
		ImportPreview preview = new ImportPreview(Ids.newId(), file.format(), plan.counts(), plan.rows());
		this.previews.deleteExpired(now);
		this.previews.keepNewest(ownerId, PREVIEWS_KEPT - 1);
		this.previews.insert(ownerId, new StoredPreview(preview.id(), file.format(), content,
				this.json.writeValueAsString(preview), now, now.plus(KEPT_FOR)));
		this.recentlyParsed.keep(preview.id(), file);
		return preview;
	}

	/**
	 * The preview as it was shown.
	 * @throws ImportNotFound unless the member has that preview, not yet applied or
	 * expired
	 */
	@Transactional(readOnly = true)
	public ImportPreview find(UUID ownerId, UUID importId) {
		StoredPreview stored = load(ownerId, importId);
		return this.json.readValue(stored.summary(), ImportPreview.class);
	}

	/**
	 * Applies the import, all or nothing; the preview is gone afterwards.
	 * @throws ImportNotFound unless the member has that preview, not yet applied or
	 * expired
	 */
	@Transactional
	public ImportResult apply(UUID ownerId, ZoneId zone, UUID importId) {
		StoredPreview stored = load(ownerId, importId);
		ParsedFile file = this.recentlyParsed.take(importId)
			.orElseGet(() -> FormatDetector.parser(stored.format()).parse(TextFiles.decode(stored.content())));
		checkDates(file);
		ImportPlan plan = ImportPlan.of(file.rows(), this.people.allDetails(ownerId));
		this.writer.write(ownerId, zone, plan, file.journal());
		this.previews.delete(ownerId, importId);
		return new ImportResult(plan.counts());
	}

	/** Reads a file as the importer would; the parsers' one entry point. */
	public static ParsedFile read(byte[] content, String format) {
		if (content.length > MAX_BYTES) {
			throw ImportTooLarge.of(content.length);
		}
		String text = TextFiles.decode(content);
		ImportFormat chosen = (format != null && !format.isBlank()) ? ImportFormat.fromCode(format)
				: FormatDetector.detect(text);
		return FormatDetector.parser(chosen).parse(text);
	}

	/**
	 * A first-met date that cannot be true (LinkedIn's "Connected On" in 2031, or in
	 * 1901) rejects the file at its line, as a date that cannot be read does: the member
	 * fixes the file rather than finding the date silently dropped (decision 0026).
	 */
	private ParsedFile checkDates(ParsedFile file) {
		for (ParsedRow row : file.rows()) {
			if (row.person() != null && row.person().metOn() != null
					&& !this.dates.isPossiblePast(row.person().metOn(), DateRules.ANYWHERE)) {
				throw ImportRejected.at(row.line(),
						"the date met under " + metOnColumn(file.format()) + " (" + row.person().metOn()
								+ ") cannot be true: " + DateRules.range(this.dates.earliest(DateRules.ANYWHERE),
										this.dates.today(DateRules.ANYWHERE)));
			}
		}
		if (file.journal() != null) {
			checkJournalDates(file.journal());
		}
		return file;
	}

	/**
	 * A Tend export's notes, meetings, help and promises follow the same rules; the entry
	 * is named by its id (the parser keeps no line for them).
	 */
	private void checkJournalDates(JournalExport journal) {
		ZoneId anywhere = DateRules.ANYWHERE;
		for (JournalExport.PersonEntry person : journal.people()) {
			for (JournalExport.NoteEntry note : person.notes()) {
				check("note " + note.id(), () -> this.dates.requirePast("notedOn", note.notedOn(), anywhere));
			}
		}
		for (JournalExport.MeetingEntry meeting : journal.meetings()) {
			if (meeting.status() == MeetingStatus.HAPPENED) {
				check("meeting " + meeting.id(),
						() -> this.dates.requireHappened("startsAt", meeting.startsAt(), anywhere));
			}
			else {
				check("meeting " + meeting.id(),
						() -> this.dates.requirePlanned("startsAt", meeting.startsAt(), anywhere));
			}
		}
		for (JournalExport.ExchangeEntry exchange : journal.exchanges()) {
			check("exchange " + exchange.id(), () -> this.dates.requirePast("on", exchange.on(), anywhere));
		}
		for (JournalExport.PromiseEntry promise : journal.promises()) {
			check("promise " + promise.id(), () -> this.dates.requirePlan("due", promise.due(), anywhere));
		}
	}

	private static void check(String entry, Runnable rule) {
		try {
			rule.run();
		}
		catch (InvalidInput ex) {
			throw ImportRejected
				.because(entry + ": the date under " + ex.field() + " cannot be true: " + ex.getMessage());
		}
	}

	private static String metOnColumn(ImportFormat format) {
		return switch (format) {
			case LINKEDIN -> "Connected On";
			case GOOGLE -> "Met On";
			default -> "metOn";
		};
	}

	private StoredPreview load(UUID ownerId, UUID importId) {
		return this.previews.find(ownerId, importId, this.clock.instant())
			.orElseThrow(() -> ImportNotFound.withId(importId));
	}

}

package org.tend.interchange;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tend.interchange.JournalExport.ExchangeEntry;
import org.tend.interchange.JournalExport.MeetingEntry;
import org.tend.interchange.JournalExport.NoteEntry;
import org.tend.interchange.JournalExport.PersonEntry;
import org.tend.interchange.JournalExport.PromiseEntry;
import org.tend.interchange.JournalExport.ReflectionEntry;
import org.tend.interchange.export.PeopleCsv;
import org.tend.interchange.export.PeopleVCards;
import org.tend.ledger.ExchangeFilter;
import org.tend.ledger.LedgerService;
import org.tend.ledger.PromiseFilter;
import org.tend.meetings.MeetingDetails;
import org.tend.meetings.MeetingFilter;
import org.tend.meetings.MeetingsService;
import org.tend.meetings.Reflection;
import org.tend.people.ListeningNote;
import org.tend.people.PeopleService;
import org.tend.people.PersonDetails;
import org.tend.shared.PageOf;
import org.tend.shared.PageRequest;

/**
 * Takes everything out: the whole journal as {@link JournalExport}, and its people as
 * vCard 4.0 or CSV. Read in one read-only transaction so the parts agree.
 */
@Service
public class ExportService {

	private final PeopleService people;

	private final MeetingsService meetings;

	private final LedgerService ledger;

	private final Clock clock;

	ExportService(PeopleService people, MeetingsService meetings, LedgerService ledger, Clock clock) {
		this.people = people;
		this.meetings = meetings;
		this.ledger = ledger;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public JournalExport journal(UUID ownerId) {
		Map<UUID, List<NoteEntry>> notes = this.people.allNotes(ownerId)
			.stream()
			.collect(Collectors.groupingBy(ListeningNote::personId,
					Collectors.mapping(ExportService::note, Collectors.toList())));
		List<PersonEntry> persons = this.people.allDetails(ownerId)
			.stream()
			.map((person) -> person(person, notes.getOrDefault(person.id(), List.of())))
			.toList();
		List<MeetingEntry> meetingEntries = all(
				(page) -> this.meetings.list(ownerId, new MeetingFilter(null, null, null, null), page))
			.stream()
			.map(ExportService::meeting)
			.toList();
		List<ExchangeEntry> exchanges = all((page) -> this.ledger.exchanges(ownerId, ExchangeFilter.all(), page))
			.stream()
			.map((exchange) -> new ExchangeEntry(exchange.id(), exchange.personId(), exchange.direction(),
					exchange.kind(), exchange.description(), exchange.on(), exchange.meetingId(), exchange.createdAt()))
			.toList();
		List<PromiseEntry> promises = all((page) -> this.ledger.promises(ownerId, PromiseFilter.all(), page)).stream()
			.map((promise) -> new PromiseEntry(promise.id(), promise.personId(), promise.owner(), promise.text(),
					promise.due(), promise.status(), promise.meetingId(), promise.createdAt(), promise.closedAt()))
			.toList();
		return new JournalExport(JournalExport.SCHEMA_VERSION, this.clock.instant(), persons, meetingEntries, exchanges,
				promises);
	}

	/** Every person as a vCard 4.0, in one file. */
	@Transactional(readOnly = true)
	public String vcards(UUID ownerId) {
		return PeopleVCards.write(this.people.allDetails(ownerId));
	}

	/** Every person as a CSV row (RFC 4180, a header first). */
	@Transactional(readOnly = true)
	public String csv(UUID ownerId) {
		return PeopleCsv.write(this.people.allDetails(ownerId));
	}

	/** Reads a paged list to its end, oldest page last. */
	private static <T> List<T> all(Function<PageRequest, PageOf<T>> pages) {
		List<T> all = new ArrayList<>();
		for (int page = 0;; page++) {
			PageOf<T> found = pages.apply(new PageRequest(page, PageOf.MAX_SIZE));
			all.addAll(found.items());
			if (!found.hasNext()) {
				return all;
			}
		}
	}

	private static PersonEntry person(PersonDetails person, List<NoteEntry> notes) {
		return new PersonEntry(person.id(), person.name(), person.company(), person.role(), person.city(),
				person.emails(), person.phones(), person.links(), person.tags(), person.circle(), person.cadenceDays(),
				person.howWeMet(), person.metOn(), person.lastMetOn(), person.dueOn(), person.createdAt(),
				person.updatedAt(), notes);
	}

	private static NoteEntry note(ListeningNote note) {
		return new NoteEntry(note.id(), note.kind(), note.text(), note.notedOn(), note.createdAt());
	}

	private static MeetingEntry meeting(MeetingDetails meeting) {
		Reflection reflection = meeting.reflection();
		ReflectionEntry written = reflection.isEmpty() ? null : new ReflectionEntry(reflection.learned(),
				reflection.shared(), reflection.adviceOffered(), reflection.helpAsked(), reflection.nextStep());
		return new MeetingEntry(meeting.id(), meeting.personIds(), meeting.kind(), meeting.mode(), meeting.startsAt(),
				meeting.durationMinutes(), meeting.place(), meeting.status(), meeting.prep(), written,
				meeting.createdAt(), meeting.updatedAt());
	}

}

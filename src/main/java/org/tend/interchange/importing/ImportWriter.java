package org.tend.interchange.importing;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.tend.interchange.JournalExport.ExchangeEntry;
import org.tend.interchange.JournalExport.MeetingEntry;
import org.tend.interchange.JournalExport.NoteEntry;
import org.tend.interchange.JournalExport.PersonEntry;
import org.tend.interchange.JournalExport.PromiseEntry;
import org.tend.interchange.JournalExport.ReflectionEntry;
import org.tend.interchange.JournalExport;
import org.tend.ledger.LedgerService;
import org.tend.ledger.NewExchange;
import org.tend.ledger.NewPromise;
import org.tend.meetings.MeetingsService;
import org.tend.meetings.NewMeeting;
import org.tend.meetings.Reflection;
import org.tend.people.NewNote;
import org.tend.people.PeopleService;
import org.tend.people.PersonInput;

/**
 * Writes a planned import through the facades, in the caller's transaction: new people in
 * one batch and merged ones in another (an address book is thousands of them), and for a
 * Tend export the notes, meetings, exchanges and promises tied to them.
 */
@Component
public class ImportWriter {

	private final PeopleService people;

	private final MeetingsService meetings;

	private final LedgerService ledger;

	ImportWriter(PeopleService people, MeetingsService meetings, LedgerService ledger) {
		this.people = people;
		this.meetings = meetings;
		this.ledger = ledger;
	}

	public void write(UUID ownerId, ZoneId zone, ImportPlan plan, JournalExport journal) {
		List<ImportPlan.Target> creates = plan.creates();
		List<UUID> ids = this.people.createAll(ownerId, creates.stream().map((target) -> target.current).toList());
		for (int i = 0; i < creates.size(); i++) {
			creates.get(i).createdId = ids.get(i);
		}
		Map<UUID, PersonInput> merged = new LinkedHashMap<>();
		plan.updates().forEach((personId, target) -> merged.put(personId, target.current));
		this.people.updateAll(ownerId, merged);
		if (journal != null) {
			writeJournal(ownerId, zone, plan, journal);
		}
	}

	private void writeJournal(UUID ownerId, ZoneId zone, ImportPlan plan, JournalExport journal) {
		Map<UUID, UUID> personIds = new HashMap<>();
		for (PersonEntry person : journal.people()) {
			ImportPlan.Target target = plan.target(person.id().toString());
			if (target != null) {
				personIds.put(person.id(), target.personId());
			}
		}
		for (PersonEntry person : journal.people()) {
			UUID personId = personIds.get(person.id());
			if (personId != null) {
				for (NoteEntry note : person.notes()) {
					this.people.addNote(ownerId, personId, new NewNote(note.kind(), note.text(), note.notedOn()), zone);
				}
			}
		}
		Map<UUID, UUID> meetingIds = new HashMap<>();
		for (MeetingEntry meeting : journal.meetings()) {
			List<UUID> with = new ArrayList<>(
					meeting.personIds().stream().map(personIds::get).filter(Objects::nonNull).distinct().toList());
			if (!with.isEmpty()) {
				UUID id = this.meetings
					.create(ownerId, zone,
							new NewMeeting(with, meeting.kind(), meeting.mode(), meeting.startsAt(),
									meeting.durationMinutes(), meeting.place(), meeting.status(), meeting.prep(),
									reflection(meeting.reflection())))
					.id();
				meetingIds.put(meeting.id(), id);
			}
		}
		for (ExchangeEntry exchange : journal.exchanges()) {
			UUID personId = personIds.get(exchange.personId());
			if (personId != null) {
				this.ledger.recordExchange(ownerId, new NewExchange(personId, exchange.direction(), exchange.kind(),
						exchange.description(), exchange.on(), meetingIds.get(exchange.meetingId())));
			}
		}
		for (PromiseEntry promise : journal.promises()) {
			UUID personId = personIds.get(promise.personId());
			if (personId != null) {
				this.ledger.makePromise(ownerId, new NewPromise(personId, promise.owner(), promise.text(),
						promise.due(), promise.status(), meetingIds.get(promise.meetingId())));
			}
		}
	}

	private static Reflection reflection(ReflectionEntry written) {
		return (written == null) ? null : new Reflection(written.learned(), written.shared(), written.adviceOffered(),
				written.helpAsked(), written.nextStep());
	}

}

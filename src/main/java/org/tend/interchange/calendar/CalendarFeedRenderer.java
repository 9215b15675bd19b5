package org.tend.interchange.calendar;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

import org.springframework.stereotype.Component;
import org.tend.interchange.importing.ContactDraft;
import org.tend.ledger.LedgerService;
import org.tend.ledger.Promise;
import org.tend.ledger.PromiseFilter;
import org.tend.ledger.PromiseOwner;
import org.tend.ledger.PromiseStatus;
import org.tend.meetings.MeetingDetails;
import org.tend.meetings.MeetingsService;
import org.tend.people.PeopleService;
import org.tend.people.PersonSummary;
import org.tend.shared.PageOf;
import org.tend.shared.PageRequest;

/**
 * The feed's iCalendar: each planned meeting still ahead as a timed event (an hour when
 * no duration was given), each open promise with a due date as an all-day event.
 */
@Component
public class CalendarFeedRenderer {

	/** Enough for any journal; a calendar app polls the whole feed each time. */
	static final int MAX_MEETINGS = 500;

	private final MeetingsService meetings;

	private final LedgerService ledger;

	private final PeopleService people;

	CalendarFeedRenderer(MeetingsService meetings, LedgerService ledger, PeopleService people) {
		this.meetings = meetings;
		this.ledger = ledger;
		this.people = people;
	}

	public String render(UUID ownerId) {
		Calendar calendar = new Calendar();
		calendar.add(new ProdId("-//Tend//Tend calendar feed//EN"));
		calendar.add(ImmutableVersion.VERSION_2_0);
		calendar.add(ImmutableCalScale.GREGORIAN);
		for (MeetingDetails meeting : this.meetings.upcoming(ownerId, MAX_MEETINGS)) {
			int minutes = (meeting.durationMinutes() != null) ? meeting.durationMinutes() : 60;
			VEvent event = new VEvent(meeting.startsAt(), Duration.ofMinutes(minutes),
					label(meeting.kind().code()) + " with " + names(meeting.people()));
			event.add(new Uid("meeting-" + meeting.id() + "@tend"));
			if (meeting.place() != null) {
				event.add(new Location(meeting.place()));
			}
			if (meeting.prep() != null) {
				event.add(new Description(meeting.prep()));
			}
			calendar.add(event);
		}
		List<Promise> due = openWithDueDate(ownerId);
		Set<UUID> personIds = due.stream().map(Promise::personId).collect(Collectors.toSet());
		Map<UUID, PersonSummary> names = this.people.summaries(ownerId, personIds);
		for (Promise promise : due) {
			PersonSummary person = names.get(promise.personId());
			String who = (person != null) ? person.name() : "someone";
			String summary = (promise.owner() == PromiseOwner.ME) ? "Promised " + who + ": " + promise.text()
					: who + " promised: " + promise.text();
			VEvent event = new VEvent(promise.due(), ContactDraft.cut(summary, 200));
			event.add(new Uid("promise-" + promise.id() + "@tend"));
			event.add(new Description(promise.text()));
			calendar.add(event);
		}
		return calendar.toString();
	}

	private List<Promise> openWithDueDate(UUID ownerId) {
		List<Promise> found = new ArrayList<>();
		PromiseFilter open = new PromiseFilter(PromiseStatus.OPEN, null, null, null);
		for (int page = 0;; page++) {
			PageOf<Promise> promises = this.ledger.promises(ownerId, open, new PageRequest(page, PageOf.MAX_SIZE));
			promises.items().stream().filter((promise) -> promise.due() != null).forEach(found::add);
			if (!promises.hasNext()) {
				return found;
			}
		}
	}

	private static String label(String kind) {
		return Character.toUpperCase(kind.charAt(0)) + kind.substring(1);
	}

	private static String names(List<PersonSummary> people) {
		Set<String> seen = new HashSet<>();
		return people.stream().map(PersonSummary::name).filter(seen::add).collect(Collectors.joining(", "));
	}

}

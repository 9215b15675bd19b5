package org.tend.challenge.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.tend.challenge.Suggestion;
import org.tend.challenge.SuggestionReason;
import org.tend.meetings.MeetingDetails;
import org.tend.meetings.MeetingStatus;
import org.tend.meetings.MeetingsService;
import org.tend.people.Circle;
import org.tend.people.PeopleQuery;
import org.tend.people.PeopleService;
import org.tend.people.PeopleSort;
import org.tend.people.PersonListItem;
import org.tend.shared.PageOf;
import org.tend.shared.PageRequest;

/**
 * Who to meet this week: a close tie past its cadence, a new acquaintance (met once, in a
 * meeting that happened) worth a second meeting, someone not seen for a long while, taken
 * in turns so that the three differ in kind. Nobody already planned, met this week or
 * dismissed this week is suggested.
 */
@Component
public class Suggestions {

	static final int MAX = 3;

	/** Met within this many days, once: a new acquaintance. */
	static final int NEW_ACQUAINTANCE_DAYS = 90;

	/** Not seen for this many days: long unseen. */
	static final int LONG_UNSEEN_DAYS = 180;

	/** How many people of a journal are looked at (journals hold a few hundred). */
	private static final int MAX_PAGES = 5;

	/** How many new acquaintances have their meetings counted. */
	private static final int MAX_NEW_CHECKED = 10;

	private static final Set<Circle> CLOSE = EnumSet.of(Circle.INNER, Circle.CLOSE);

	private final PeopleService people;

	private final MeetingsService meetings;

	private final MessageSource messages;

	Suggestions(PeopleService people, MeetingsService meetings, MessageSource messages) {
		this.people = people;
		this.meetings = meetings;
		this.messages = messages;
	}

	public List<Suggestion> forWeek(UUID ownerId, ZoneId zone, LocalDate today, Set<UUID> dismissed) {
		Set<UUID> skip = new HashSet<>(dismissed);
		this.meetings.upcoming(ownerId, PageOf.MAX_SIZE).forEach((meeting) -> skip.addAll(meeting.personIds()));
		this.meetings.thisWeek(ownerId, zone)
			.stream()
			.filter((meeting) -> meeting.status() != MeetingStatus.CANCELLED)
			.forEach((meeting) -> skip.addAll(meeting.personIds()));
		List<PersonListItem> everyone = everyone(ownerId).stream().filter((p) -> !skip.contains(p.id())).toList();

		List<Iterator<Suggestion>> kinds = List.of(closeTies(everyone, today).iterator(),
				secondMeetings(ownerId, everyone, today).iterator(), longUnseen(everyone, today).iterator());
		List<Suggestion> chosen = new ArrayList<>();
		Set<UUID> named = new HashSet<>();
		boolean more = true;
		while (chosen.size() < MAX && more) {
			more = false;
			for (Iterator<Suggestion> kind : kinds) {
				Suggestion next = nextUnnamed(kind, named);
				if (next != null && chosen.size() < MAX) {
					chosen.add(next);
					named.add(next.personId());
					more = true;
				}
			}
		}
		return chosen;
	}

	private List<PersonListItem> everyone(UUID ownerId) {
		List<PersonListItem> all = new ArrayList<>();
		PageOf<PersonListItem> page;
		int number = 0;
		do {
			page = this.people.list(ownerId, PeopleQuery.everyone(PeopleSort.DUE),
					new PageRequest(number++, PageOf.MAX_SIZE));
			all.addAll(page.items());
		}
		while (page.hasNext() && number < MAX_PAGES);
		return all;
	}

	private List<Suggestion> closeTies(List<PersonListItem> everyone, LocalDate today) {
		return everyone.stream()
			.filter((p) -> p.circle() != null && CLOSE.contains(p.circle()) && p.isDue(today))
			.sorted(Comparator.comparing(PersonListItem::dueOn))
			.map((p) -> suggestion(p, SuggestionReason.CLOSE_TIE_PAST_CADENCE, p.name(),
					text("challenge.circle." + p.circle().code()), ChronoUnit.DAYS.between(lastContact(p), today)))
			.toList();
	}

	private List<Suggestion> secondMeetings(UUID ownerId, List<PersonListItem> everyone, LocalDate today) {
		LocalDate since = today.minusDays(NEW_ACQUAINTANCE_DAYS);
		return everyone.stream()
			.filter((p) -> p.lastMetOn() != null && !p.lastMetOn().isBefore(since))
			.sorted(Comparator.comparing(PersonListItem::lastMetOn).reversed())
			.limit(MAX_NEW_CHECKED)
			.filter((p) -> happenedMeetings(ownerId, p.id()) == 1)
			.map((p) -> suggestion(p, SuggestionReason.SECOND_MEETING, p.name()))
			.toList();
	}

	private List<Suggestion> longUnseen(List<PersonListItem> everyone, LocalDate today) {
		LocalDate before = today.minusDays(LONG_UNSEEN_DAYS);
		DateTimeFormatter month = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);
		return everyone.stream()
			.filter((p) -> lastContact(p) != null && lastContact(p).isBefore(before))
			.sorted(Comparator.comparing(Suggestions::lastContact))
			.map((p) -> suggestion(p, SuggestionReason.LONG_UNSEEN, p.name(), lastContact(p).format(month)))
			.toList();
	}

	private long happenedMeetings(UUID ownerId, UUID personId) {
		return this.meetings.ofPerson(ownerId, personId, 3)
			.stream()
			.map(MeetingDetails::status)
			.filter(MeetingStatus.HAPPENED::equals)
			.count();
	}

	private Suggestion suggestion(PersonListItem person, SuggestionReason reason, Object... args) {
		return new Suggestion(person.id(), reason, text("challenge.reason." + reason.code(), args));
	}

	private String text(String code, Object... args) {
		return this.messages.getMessage(code, args, LocaleContextHolder.getLocale());
	}

	private static Suggestion nextUnnamed(Iterator<Suggestion> kind, Set<UUID> named) {
		while (kind.hasNext()) {
			Suggestion candidate = kind.next();
			if (!named.contains(candidate.personId())) {
				return candidate;
			}
		}
		return null;
	}

	/**
	 * The last meeting that happened. A first-met day ("Connected on") is not a meeting:
	 * someone only connected with was never "met recently" nor "seen since" (decision
	 * 0026).
	 */
	private static LocalDate lastContact(PersonListItem person) {
		return person.lastMetOn();
	}

}

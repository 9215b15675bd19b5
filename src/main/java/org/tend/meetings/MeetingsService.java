package org.tend.meetings;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tend.meetings.internal.ContactHistory;
import org.tend.meetings.internal.LastContacts;
import org.tend.meetings.internal.Meeting;
import org.tend.meetings.internal.MeetingHistory;
import org.tend.meetings.internal.MeetingRepository;
import org.tend.meetings.internal.PrepCards;
import org.tend.people.PeopleService;
import org.tend.people.PersonNotFound;
import org.tend.people.PersonSummary;
import org.tend.search.SearchIndex;
import org.tend.search.SearchSource;
import org.tend.shared.DateRules;
import org.tend.shared.Ids;
import org.tend.shared.PageOf;
import org.tend.shared.PageRequest;
import org.tend.shared.web.InvalidInput;

/**
 * The meetings module's facade; every method is scoped by the owner's id. Writes keep two
 * things in the same transaction: the search index, and each person's "last met"
 * (computed in the member's time zone, given as {@code zone}).
 */
@Service
public class MeetingsService {

	private final MeetingRepository meetings;

	private final MeetingHistory history;

	private final PeopleService people;

	private final SearchIndex search;

	private final LastContacts lastContacts;

	private final PrepCards prepCards;

	private final ContactHistory contacts;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final DateRules dates;

	MeetingsService(MeetingRepository meetings, MeetingHistory history, PeopleService people, SearchIndex search,
			LastContacts lastContacts, PrepCards prepCards, ContactHistory contacts, ApplicationEventPublisher events,
			Clock clock, DateRules dates) {
		this.dates = dates;
		this.contacts = contacts;
		this.events = events;
		this.meetings = meetings;
		this.history = history;
		this.people = people;
		this.search = search;
		this.lastContacts = lastContacts;
		this.prepCards = prepCards;
		this.clock = clock;
	}

	/** Throws {@link MeetingNotFound} unless the meeting belongs to the member. */
	@Transactional(readOnly = true)
	public void requireOwned(UUID ownerId, UUID meetingId) {
		if (!this.meetings.exists(ownerId, meetingId)) {
			throw MeetingNotFound.withId(meetingId);
		}
	}

	/**
	 * Records a meeting. A person who is not in the member's journal is bad input
	 * ({@link InvalidInput} on {@code personIds}), and nothing is saved.
	 */
	@Transactional
	public MeetingDetails create(UUID ownerId, ZoneId zone, NewMeeting command) {
		requirePeople(ownerId, command.personIds());
		requirePossible(zone, command.status(), command.startsAt());
		Meeting meeting = Meeting.create(Ids.newId(), command, this.clock.instant());
		this.meetings.insert(ownerId, meeting);
		afterWrite(ownerId, zone, meeting, meeting.personIds());
		return details(ownerId, List.of(meeting)).get(0);
	}

	@Transactional(readOnly = true)
	public MeetingDetails get(UUID ownerId, UUID meetingId) {
		return details(ownerId, List.of(load(ownerId, meetingId))).get(0);
	}

	/** Changes the given parts of a meeting (see {@link MeetingChanges}). */
	@Transactional
	public MeetingDetails update(UUID ownerId, ZoneId zone, UUID meetingId, MeetingChanges changes) {
		Meeting before = load(ownerId, meetingId);
		if (changes.personIds() != null) {
			requirePeople(ownerId, changes.personIds());
		}
		Meeting after = before.apply(changes, this.clock.instant());
		if (changes.startsAt() != null || changes.status() != null) {
			requirePossible(zone, after.status(), after.startsAt());
		}
		this.meetings.update(ownerId, after);
		if (!Set.copyOf(after.personIds()).equals(Set.copyOf(before.personIds()))) {
			this.meetings.replacePeople(ownerId, meetingId, after.personIds());
		}
		Set<UUID> affected = new LinkedHashSet<>(before.personIds());
		affected.addAll(after.personIds());
		afterWrite(ownerId, zone, after, affected);
		return details(ownerId, List.of(after)).get(0);
	}

	/**
	 * Saves what the member wrote after the meeting. Writing a reflection says the
	 * meeting took place: a planned meeting whose start has passed becomes happened (one
	 * still ahead stays planned, a cancelled one stays cancelled).
	 */
	@Transactional
	public MeetingDetails reflect(UUID ownerId, ZoneId zone, UUID meetingId, Reflection reflection) {
		Meeting meeting = load(ownerId, meetingId);
		boolean tookPlace = meeting.status() == MeetingStatus.PLANNED && !reflection.isEmpty()
				&& !meeting.startsAt().isAfter(this.clock.instant());
		MeetingStatus status = tookPlace ? MeetingStatus.HAPPENED : null;
		return update(ownerId, zone, meetingId,
				new MeetingChanges(null, null, null, null, null, null, status, null, reflection));
	}

	@Transactional
	public void delete(UUID ownerId, ZoneId zone, UUID meetingId) {
		Meeting meeting = load(ownerId, meetingId);
		this.meetings.delete(ownerId, List.of(meetingId));
		this.search.remove(ownerId, SearchSource.MEETING, meetingId);
		this.lastContacts.recompute(ownerId, zone, meeting.personIds());
		this.events.publishEvent(new MeetingsChanged(ownerId, Set.copyOf(meeting.personIds())));
	}

	/** The filter's meetings, newest first. */
	@Transactional(readOnly = true)
	public PageOf<MeetingDetails> list(UUID ownerId, MeetingFilter filter, PageRequest page) {
		List<Meeting> found = this.meetings.find(ownerId, filter, false, page.offset(), page.size());
		return new PageOf<>(details(ownerId, found), page.page(), page.size(), this.meetings.count(ownerId, filter));
	}

	/** The person's meetings, newest first, at most {@code limit}. */
	@Transactional(readOnly = true)
	public List<MeetingDetails> ofPerson(UUID ownerId, UUID personId, int limit) {
		return details(ownerId, this.meetings.find(ownerId, MeetingFilter.withPerson(personId), false, 0, limit));
	}

	/**
	 * The meetings of the current ISO week (Monday to Sunday in the member's time zone),
	 * whatever their status, soonest first.
	 */
	@Transactional(readOnly = true)
	public List<MeetingDetails> thisWeek(UUID ownerId, ZoneId zone) {
		LocalDate monday = LocalDate.now(this.clock.withZone(zone))
			.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		Instant from = monday.atStartOfDay(zone).toInstant();
		Instant to = monday.plusWeeks(1).atStartOfDay(zone).toInstant();
		return details(ownerId,
				this.meetings.find(ownerId, new MeetingFilter(null, null, from, to), true, 0, PageOf.MAX_SIZE));
	}

	/** Planned meetings still ahead, soonest first, at most {@code limit}. */
	@Transactional(readOnly = true)
	public List<MeetingDetails> upcoming(UUID ownerId, int limit) {
		return upcoming(ownerId, null, limit);
	}

	/**
	 * Planned meetings still ahead with the person (any person when null), soonest first,
	 * at most {@code limit}.
	 */
	@Transactional(readOnly = true)
	public List<MeetingDetails> upcoming(UUID ownerId, UUID personId, int limit) {
		MeetingFilter ahead = new MeetingFilter(personId, MeetingStatus.PLANNED, this.clock.instant(), null);
		return details(ownerId, this.meetings.find(ownerId, ahead, true, 0, limit));
	}

	/** The next step written after the latest meeting with the person that names one. */
	@Transactional(readOnly = true)
	public Optional<PastReflection> latestNextStep(UUID ownerId, UUID personId) {
		return this.history.latestWithNextStep(ownerId, personId, null).map(PastReflection::of);
	}

	/**
	 * The meetings that happened with any of the people, oldest first, each with everyone
	 * who was there: what depth weighs.
	 */
	@Transactional(readOnly = true)
	public List<HappenedMeeting> happenedWith(UUID ownerId, Collection<UUID> personIds) {
		return this.contacts.happenedWith(ownerId, Set.copyOf(personIds));
	}

	/** What to remember before the meeting, for each of its people. */
	@Transactional(readOnly = true)
	public PrepCard prepCard(UUID ownerId, UUID meetingId) {
		return this.prepCards.build(ownerId, load(ownerId, meetingId));
	}

	/**
	 * Tidies after a person is deleted: their one-to-one meetings go (with their search
	 * text); group meetings lose the person through the foreign key's cascade.
	 */
	@Transactional
	public void deleteMeetingsOnlyWith(UUID ownerId, UUID personId) {
		List<UUID> alone = this.history.onlyWith(ownerId, personId);
		this.meetings.delete(ownerId, alone);
		alone.forEach((meetingId) -> this.search.remove(ownerId, SearchSource.MEETING, meetingId));
	}

	private Meeting load(UUID ownerId, UUID meetingId) {
		return this.meetings.findById(ownerId, meetingId).orElseThrow(() -> MeetingNotFound.withId(meetingId));
	}

	private void requirePeople(UUID ownerId, List<UUID> personIds) {
		try {
			this.people.requireOwned(ownerId, personIds);
		}
		catch (PersonNotFound ex) {
			// someone else's person is not "not found" here but a bad value in the
			// request
			throw InvalidInput.of("personIds", "No person " + ex.personId() + " in your journal");
		}
	}

	/**
	 * A meeting that happened is not in the future, nor anything more than 80 years back
	 * ({@link DateRules}); {@link InvalidInput} on {@code startsAt} otherwise.
	 */
	private void requirePossible(ZoneId zone, MeetingStatus status, Instant startsAt) {
		if (status == MeetingStatus.HAPPENED) {
			this.dates.requireHappened("startsAt", startsAt, zone);
		}
		else {
			this.dates.requirePlanned("startsAt", startsAt, zone);
		}
	}

	private void afterWrite(UUID ownerId, ZoneId zone, Meeting meeting, Collection<UUID> affectedPeople) {
		this.search.index(ownerId, SearchSource.MEETING, meeting.id(), meeting.personIds(), meeting.searchText());
		this.lastContacts.recompute(ownerId, zone, affectedPeople);
		this.events.publishEvent(new MeetingsChanged(ownerId, Set.copyOf(affectedPeople)));
	}

	private List<MeetingDetails> details(UUID ownerId, List<Meeting> found) {
		Set<UUID> personIds = new LinkedHashSet<>();
		found.forEach((meeting) -> personIds.addAll(meeting.personIds()));
		Map<UUID, PersonSummary> summaries = this.people.summaries(ownerId, personIds);
		return found.stream().map((meeting) -> details(meeting, summaries)).toList();
	}

	private static MeetingDetails details(Meeting meeting, Map<UUID, PersonSummary> summaries) {
		List<PersonSummary> people = meeting.personIds()
			.stream()
			.map(summaries::get)
			.filter(Objects::nonNull)
			.sorted(Comparator.comparing(PersonSummary::name, String.CASE_INSENSITIVE_ORDER)
				.thenComparing(PersonSummary::id))
			.toList();
		return new MeetingDetails(meeting.id(), people, meeting.kind(), meeting.mode(), meeting.startsAt(),
				meeting.durationMinutes(), meeting.place(), meeting.status(), meeting.prep(), meeting.reflection(),
				meeting.createdAt(), meeting.updatedAt());
	}

}

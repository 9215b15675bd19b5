package org.tend.challenge;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tend.challenge.internal.ChallengeRepository;
import org.tend.challenge.internal.HappenedWeeks;
import org.tend.challenge.internal.Invites;
import org.tend.challenge.internal.IsoWeeks;
import org.tend.challenge.internal.Progress;
import org.tend.challenge.internal.ShareCards;
import org.tend.challenge.internal.Suggestions;
import org.tend.challenge.internal.MeetingReflections;
import org.tend.meetings.MeetingDetails;
import org.tend.meetings.MeetingKind;
import org.tend.meetings.MeetingsService;
import org.tend.meetings.NewMeeting;
import org.tend.people.PeopleService;

/**
 * The challenge module's facade: the member's week, in their time zone, every method
 * scoped by the owner's id. Time comes from the injected clock.
 */
@Service
public class ChallengeService {

	/** A coffee planned from a suggestion starts the next day at this hour. */
	static final LocalTime COFFEE_TIME = LocalTime.of(10, 0);

	static final int COFFEE_MINUTES = 60;

	private final ChallengeRepository repository;

	private final Suggestions suggestions;

	private final MeetingsService meetings;

	private final PeopleService people;

	private final Invites invites;

	private final MeetingReflections reflections;

	private final ShareCards shareCards;

	private final Clock clock;

	ChallengeService(ChallengeRepository repository, Suggestions suggestions, Invites invites,
			MeetingReflections reflections, ShareCards shareCards, MeetingsService meetings, PeopleService people,
			Clock clock) {
		this.repository = repository;
		this.shareCards = shareCards;
		this.reflections = reflections;
		this.suggestions = suggestions;
		this.invites = invites;
		this.meetings = meetings;
		this.people = people;
		this.clock = clock;
	}

	/** This week: goal, progress, streak and up to three suggestions. */
	@Transactional(readOnly = true)
	public ChallengeWeek current(UUID ownerId, ZoneId zone) {
		LocalDate today = today(zone);
		ChallengeSettings settings = settings(ownerId);
		return week(ownerId, zone, today, settings, progress(ownerId, zone, today, settings));
	}

	/** This week with the settings, the period and the calendar of the last 52 weeks. */
	@Transactional(readOnly = true)
	public ChallengeOverview overview(UUID ownerId, ZoneId zone) {
		LocalDate today = today(zone);
		ChallengeSettings settings = settings(ownerId);
		Progress progress = progress(ownerId, zone, today, settings);
		return new ChallengeOverview(week(ownerId, zone, today, settings, progress), settings, progress.periodStart(),
				progress.periodEnd(), progress.previousMissed(), progress.calendar());
	}

	/** The member's goal and pace; one meeting a week until they choose otherwise. */
	@Transactional(readOnly = true)
	public ChallengeSettings settings(UUID ownerId) {
		return this.repository.settings(ownerId).orElse(ChallengeSettings.DEFAULT);
	}

	@Transactional
	public ChallengeSettings changeSettings(UUID ownerId, ChallengeSettings settings) {
		this.repository.saveSettings(ownerId, settings, this.clock.instant());
		return settings;
	}

	/**
	 * Waves a suggestion away for the rest of this ISO week.
	 * @throws org.tend.people.PersonNotFound unless the person is the member's
	 */
	@Transactional
	public void dismiss(UUID ownerId, ZoneId zone, UUID personId) {
		this.people.requireOwned(ownerId, List.of(personId));
		this.repository.dismiss(ownerId, IsoWeeks.label(today(zone)), personId, this.clock.instant());
	}

	/**
	 * Plans a coffee with the person, tomorrow at ten in the member's zone (they move it
	 * on the meeting page once they have agreed a time).
	 * @throws org.tend.people.PersonNotFound unless the person is the member's
	 */
	@Transactional
	public MeetingDetails planCoffee(UUID ownerId, ZoneId zone, UUID personId) {
		return planCoffee(ownerId, zone, personId, null, null);
	}

	/**
	 * Plans a coffee at the time and place the member chose: tomorrow at ten and no place
	 * when they leave them empty.
	 * @throws IllegalArgumentException when the chosen time has passed
	 */
	public MeetingDetails planCoffee(UUID ownerId, ZoneId zone, UUID personId, LocalDateTime startsAt, String place) {
		this.people.requireOwned(ownerId, List.of(personId));
		Instant start = ((startsAt != null) ? startsAt : suggestedCoffeeTime(zone)).atZone(zone).toInstant();
		if (start.isBefore(this.clock.instant())) {
			throw new IllegalArgumentException("A coffee is planned from now on");
		}
		String where = (place == null || place.isBlank()) ? null : place.strip();
		NewMeeting coffee = new NewMeeting(List.of(personId), MeetingKind.COFFEE, null, start, COFFEE_MINUTES, where,
				null, null, null);
		return this.meetings.create(ownerId, zone, coffee);
	}

	/** When "Plan a coffee" proposes to meet: tomorrow at ten, in the member's zone. */
	public LocalDateTime suggestedCoffeeTime(ZoneId zone) {
		return today(zone).plusDays(1).atTime(COFFEE_TIME);
	}

	/**
	 * The ready message inviting the meeting's people, signed with the member's name.
	 * @throws org.tend.meetings.MeetingNotFound unless the meeting is the member's
	 */
	@Transactional(readOnly = true)
	public Invite invite(UUID ownerId, ZoneId zone, String memberName, UUID meetingId) {
		return this.invites.invite(ownerId, zone, memberName, meetingId);
	}

	/**
	 * The meeting as an iCalendar (RFC 5545) document, organised by the member.
	 * @throws org.tend.meetings.MeetingNotFound unless the meeting is the member's
	 */
	@Transactional(readOnly = true)
	public String inviteCalendar(UUID ownerId, ZoneId zone, String memberName, String memberEmail, UUID meetingId) {
		return this.invites.calendar(ownerId, zone, memberName, memberEmail, meetingId);
	}

	/**
	 * Saves the reflection with its promises and exchanges, all or nothing: a line that
	 * breaks a rule ({@link org.tend.shared.web.InvalidInput},
	 * {@link IllegalArgumentException}) saves none of it.
	 * @throws org.tend.meetings.MeetingNotFound unless the meeting is the member's
	 */
	@Transactional
	public MeetingDetails reflect(UUID ownerId, ZoneId zone, UUID meetingId, MeetingReflection reflection) {
		return this.reflections.save(ownerId, zone, meetingId, reflection);
	}

	/**
	 * The meeting's share card (anonymous, without a photo, until the member saves one).
	 * @throws org.tend.meetings.MeetingNotFound unless the meeting is the member's
	 */
	@Transactional(readOnly = true)
	public ShareCard shareCard(UUID ownerId, UUID meetingId) {
		return this.shareCards.card(ownerId, meetingId);
	}

	/**
	 * Saves whether the people agreed to be named and, when given, the photo: a JPEG or
	 * PNG of at most 5 MB, stored re-encoded without its metadata (else
	 * {@link org.tend.shared.web.InvalidInput} on {@code photo}). A null photo keeps the
	 * one stored unless {@code removePhoto}.
	 */
	@Transactional
	public ShareCard saveShareCard(UUID ownerId, UUID meetingId, boolean nameAgreed, byte[] photo,
			boolean removePhoto) {
		return this.shareCards.save(ownerId, meetingId, nameAgreed, photo, removePhoto);
	}

	@Transactional(readOnly = true)
	public Optional<Photo> sharePhoto(UUID ownerId, UUID meetingId) {
		return this.shareCards.photo(ownerId, meetingId);
	}

	private ChallengeWeek week(UUID ownerId, ZoneId zone, LocalDate today, ChallengeSettings settings,
			Progress progress) {
		String week = IsoWeeks.label(today);
		return new ChallengeWeek(week, settings.goal(), progress.done(), progress.streak(),
				this.suggestions.forWeek(ownerId, zone, today, this.repository.dismissed(ownerId, week)));
	}

	private Progress progress(UUID ownerId, ZoneId zone, LocalDate today, ChallengeSettings settings) {
		LocalDate periodEnd = IsoWeeks.periodStart(today, settings.pace()).plusWeeks(settings.pace().weeks());
		HappenedWeeks happened = new HappenedWeeks(this.meetings, ownerId, zone, periodEnd);
		return new Progress(happened::count, settings, today);
	}

	private LocalDate today(ZoneId zone) {
		return LocalDate.now(this.clock.withZone(zone));
	}

}

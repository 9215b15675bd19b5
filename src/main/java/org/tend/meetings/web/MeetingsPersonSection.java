package org.tend.meetings.web;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.tend.accounts.Account;
import org.tend.accounts.AccountsService;
import org.tend.meetings.MeetingDetails;
import org.tend.meetings.MeetingFilter;
import org.tend.meetings.MeetingsService;
import org.tend.meetings.PastReflection;
import org.tend.people.PersonPageSection;
import org.tend.shared.PageOf;
import org.tend.shared.PageRequest;

/**
 * The person page's meetings: what is planned with them, what has been, the next step
 * written last time, and links to plan a meeting or log a coffee.
 */
@Component
class MeetingsPersonSection implements PersonPageSection {

	static final int UPCOMING = 5;

	static final int PAST = 10;

	private final MeetingsService meetings;

	private final AccountsService accounts;

	private final Clock clock;

	MeetingsPersonSection(MeetingsService meetings, AccountsService accounts, Clock clock) {
		this.meetings = meetings;
		this.accounts = accounts;
		this.clock = clock;
	}

	@Override
	public int order() {
		return 10;
	}

	@Override
	public String template() {
		return "meetings/person-section";
	}

	@Override
	public PersonMeetings data(UUID ownerId, UUID personId) {
		// the section is given no member, only an owner id: the zone comes from the
		// account
		ZoneId zone = this.accounts.findById(ownerId).map(Account::zone).orElse(ZoneId.of("UTC"));
		Instant now = this.clock.instant();
		PageOf<MeetingDetails> past = this.meetings.list(ownerId, new MeetingFilter(personId, null, null, now),
				new PageRequest(0, PAST));
		return new PersonMeetings(personId,
				MeetingView.of(this.meetings.upcoming(ownerId, personId, UPCOMING), zone, now),
				MeetingView.of(past.items(), zone, now), past.total(),
				this.meetings.latestNextStep(ownerId, personId).orElse(null), zone);
	}

	/**
	 * What the section shows; {@code pastTotal} counts every past meeting, beyond those
	 * listed.
	 */
	record PersonMeetings(UUID personId, List<MeetingView> upcoming, List<MeetingView> past, long pastTotal,
			PastReflection nextStep, ZoneId zone) {

		public boolean none() {
			return this.upcoming.isEmpty() && this.past.isEmpty();
		}

		public boolean more() {
			return this.pastTotal > this.past.size();
		}

	}

}

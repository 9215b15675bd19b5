package org.tend.ledger.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.tend.accounts.Account;
import org.tend.accounts.AccountsService;
import org.tend.meetings.MeetingNotFound;
import org.tend.meetings.MeetingsService;
import org.tend.people.PeopleService;
import org.tend.people.PersonNotFound;
import org.tend.shared.web.InvalidInput;

/**
 * What the ledger asks the modules below it: whether a person or meeting named in a
 * command is the member's own (a foreign one is bad input naming the field, not a 404:
 * the ledger entry itself was found), and what day it is for the member.
 */
@Component
public class OwnershipChecks {

	private final PeopleService people;

	private final MeetingsService meetings;

	private final AccountsService accounts;

	private final Clock clock;

	OwnershipChecks(PeopleService people, MeetingsService meetings, AccountsService accounts, Clock clock) {
		this.people = people;
		this.meetings = meetings;
		this.accounts = accounts;
		this.clock = clock;
	}

	public void requirePerson(UUID ownerId, UUID personId) {
		if (personId == null) {
			throw InvalidInput.of("personId", "A person is needed");
		}
		try {
			this.people.requireOwned(ownerId, List.of(personId));
		}
		catch (PersonNotFound ex) {
			throw InvalidInput.of("personId", "No such person in your journal");
		}
	}

	/** A missing meeting id is fine: most exchanges happen outside a logged meeting. */
	public void requireMeeting(UUID ownerId, UUID meetingId) {
		if (meetingId == null) {
			return;
		}
		try {
			this.meetings.requireOwned(ownerId, meetingId);
		}
		catch (MeetingNotFound ex) {
			throw InvalidInput.of("meetingId", "No such meeting in your journal");
		}
	}

	public LocalDate today(UUID ownerId) {
		return LocalDate.now(this.clock.withZone(zone(ownerId)));
	}

	/** The member's time zone (UTC for an account that is gone). */
	public ZoneId zone(UUID ownerId) {
		return this.accounts.findById(ownerId).map(Account::zone).orElse(ZoneOffset.UTC);
	}

}

package org.tend.meetings.internal;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.tend.meetings.MeetingsService;
import org.tend.people.PersonDeleted;

/**
 * Runs inside the transaction deleting the person (a plain listener, not an after-commit
 * one): a one-to-one meeting must not outlive its only person, and the foreign key would
 * refuse nothing here, it would just leave a meeting with nobody.
 */
@Component
class PersonDeletedListener {

	private final MeetingsService meetings;

	PersonDeletedListener(MeetingsService meetings) {
		this.meetings = meetings;
	}

	@EventListener
	void on(PersonDeleted event) {
		this.meetings.deleteMeetingsOnlyWith(event.ownerId(), event.personId());
	}

}

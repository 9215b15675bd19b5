package org.tend.home.web;

import java.time.LocalDate;
import java.util.List;

import org.tend.ledger.Promise;
import org.tend.meetings.MeetingDetails;
import org.tend.people.PersonListItem;
import org.tend.people.PersonSummary;

/** What the today page shows, already scoped to the member. */
record Today(LocalDate date, List<MeetingDetails> thisWeek, List<PromiseDue> promises,
		List<PersonListItem> dueToReconnect, boolean journalEmpty) {

	/** A promise coming due, with the person it concerns. */
	record PromiseDue(Promise promise, PersonSummary person, boolean overdue) {
	}

}

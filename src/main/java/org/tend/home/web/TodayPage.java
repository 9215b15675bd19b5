package org.tend.home.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.tend.accounts.CurrentMember;
import org.tend.ledger.LedgerService;
import org.tend.ledger.Promise;
import org.tend.meetings.MeetingsService;
import org.tend.people.PeopleQuery;
import org.tend.people.PeopleService;
import org.tend.people.PersonSummary;
import org.tend.shared.PageRequest;

/** Today: this week's meetings, promises coming due, and people due to reconnect. */
@Controller
class TodayPage {

	static final int PROMISE_HORIZON_DAYS = 7;

	static final int LIST_LIMIT = 8;

	private final PeopleService people;

	private final MeetingsService meetings;

	private final LedgerService ledger;

	private final Clock clock;

	TodayPage(PeopleService people, MeetingsService meetings, LedgerService ledger, Clock clock) {
		this.people = people;
		this.meetings = meetings;
		this.ledger = ledger;
		this.clock = clock;
	}

	@GetMapping("/today")
	String today(CurrentMember member, Model model) {
		UUID owner = member.id();
		LocalDate today = LocalDate.now(this.clock.withZone(member.zone()));
		List<Promise> dueSoon = this.ledger.promisesComingDue(owner, today, PROMISE_HORIZON_DAYS, LIST_LIMIT);
		Map<UUID, PersonSummary> names = this.people.summaries(owner, dueSoon.stream().map(Promise::personId).toList());
		List<Today.PromiseDue> promises = dueSoon.stream()
			.map((promise) -> new Today.PromiseDue(promise, names.get(promise.personId()), promise.overdueOn(today)))
			.toList();
		boolean empty = this.people.list(owner, new PeopleQuery(null, null, null, null), new PageRequest(0, 1))
			.total() == 0;
		model.addAttribute("today", new Today(today, this.meetings.thisWeek(owner, member.zone()), promises,
				this.people.dueToReconnect(owner, member.zone(), LIST_LIMIT), empty));
		model.addAttribute("member", member);
		// a planned meeting whose time has passed waits for a reflection
		model.addAttribute("now", this.clock.instant());
		return "home/today";
	}

}

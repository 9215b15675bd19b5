package org.tend.mail.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.tend.accounts.Account;
import org.tend.ledger.LedgerService;
import org.tend.ledger.Promise;
import org.tend.mail.MailOutbox;
import org.tend.mail.MailPreferences;
import org.tend.mail.MailPreferencesService;
import org.tend.people.PeopleService;
import org.tend.people.PersonSummary;

/**
 * Queues one reminder per open promise coming due within the member's chosen days, from
 * their chosen morning hour on. Overdue promises get none: a reminder after the date
 * would only scold. The dedupe key (promise and due date) keeps it to one, and a promise
 * moved to a new date gets a reminder for that date.
 */
@Component
public class PromiseReminderJob {

	// overdue promises come first and are skipped: look far enough past them
	static final int MAX_PER_MEMBER = 100;

	private final MemberWalk members;

	private final MailPreferencesService preferences;

	private final LedgerService ledger;

	private final PeopleService people;

	private final MailTexts texts;

	private final MailOutbox outbox;

	private final Clock clock;

	PromiseReminderJob(MemberWalk members, MailPreferencesService preferences, LedgerService ledger,
			PeopleService people, MailTexts texts, MailOutbox outbox, Clock clock) {
		this.members = members;
		this.preferences = preferences;
		this.ledger = ledger;
		this.people = people;
		this.texts = texts;
		this.outbox = outbox;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${tend.mail.reminders-every:PT15M}", initialDelayString = "PT2M")
	@SchedulerLock(name = "mail-promise-reminders", lockAtMostFor = "PT30M",
			lockAtLeastFor = "${tend.jobs.lock-at-least-for:PT20S}")
	public void enqueueReminders() {
		this.members.visit("promise reminders", this::remind);
	}

	private boolean remind(Account member) {
		MailPreferences chosen = this.preferences.of(member.id());
		ZonedDateTime now = ZonedDateTime.now(this.clock.withZone(member.zone()));
		if (!chosen.promiseReminders() || now.getHour() < chosen.nudgeHour()) {
			return false;
		}
		LocalDate today = now.toLocalDate();
		boolean queued = false;
		for (Promise promise : this.ledger.promisesComingDue(member.id(), today, chosen.reminderDaysBefore(),
				MAX_PER_MEMBER)) {
			if (promise.due() == null || promise.due().isBefore(today)
					|| this.outbox.queued("promise:" + promise.id() + ":" + promise.due())) {
				continue;
			}
			String name = this.people.summary(member.id(), promise.personId()).map(PersonSummary::name).orElse("?");
			// sendable until its date is over in the member's zone: later, it would scold
			Instant endOfDue = promise.due().plusDays(1).atStartOfDay(member.zone()).toInstant();
			queued |= this.outbox.enqueue(this.texts.reminder(member, chosen, promise, name, endOfDue));
		}
		return queued;
	}

}

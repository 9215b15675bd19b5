package org.tend.mail.internal;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Optional;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.tend.accounts.Account;
import org.tend.mail.MailOutbox;
import org.tend.mail.MailPreferences;
import org.tend.mail.MailPreferencesService;
import org.tend.mail.NudgeSection;
import org.tend.mail.WeeklyNudgeContent;

/**
 * Queues each member's weekly nudge once their chosen weekday and hour has come this ISO
 * week in their time zone. The dedupe key {@code nudge:<member>:<yyyy-Www>} keeps it to
 * one a week, however often the job runs or on how many instances.
 */
@Component
public class WeeklyNudgeJob {

	private final MemberWalk members;

	private final MailPreferencesService preferences;

	private final List<WeeklyNudgeContent> contents;

	private final MailTexts texts;

	private final MailOutbox outbox;

	private final Clock clock;

	WeeklyNudgeJob(MemberWalk members, MailPreferencesService preferences, List<WeeklyNudgeContent> contents,
			MailTexts texts, MailOutbox outbox, Clock clock) {
		this.members = members;
		this.preferences = preferences;
		this.contents = contents;
		this.texts = texts;
		this.outbox = outbox;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${tend.mail.nudge-every:PT5M}", initialDelayString = "PT1M")
	@SchedulerLock(name = "mail-weekly-nudge", lockAtMostFor = "PT30M",
			lockAtLeastFor = "${tend.jobs.lock-at-least-for:PT20S}")
	public void enqueueDueNudges() {
		this.members.visit("weekly nudge", this::nudge);
	}

	private boolean nudge(Account member) {
		MailPreferences chosen = this.preferences.of(member.id());
		ZonedDateTime now = ZonedDateTime.now(this.clock.withZone(member.zone()));
		if (!chosen.weeklyNudge() || now.isBefore(chosenMoment(now, chosen))) {
			return false;
		}
		String week = isoWeek(now.toLocalDate());
		if (this.outbox.queued("nudge:" + member.id() + ":" + week)) {
			return false;
		}
		NudgeSection section = content(member, now.toLocalDate());
		return this.outbox.enqueue(this.texts.nudge(member, chosen, week, section, endOfWeek(now)));
	}

	private NudgeSection content(Account member, LocalDate today) {
		return this.contents.stream()
			.map((content) -> content.forWeek(member.id(), member.zone(), today))
			.flatMap(Optional::stream)
			.findFirst()
			.orElse(new NudgeSection(null, List.of()));
	}

	/**
	 * The chosen weekday and hour in this ISO week, in the member's zone (on a day the
	 * clocks skip that hour, the moment after the gap).
	 */
	public static ZonedDateTime chosenMoment(ZonedDateTime now, MailPreferences chosen) {
		LocalDate day = monday(now).with(TemporalAdjusters.nextOrSame(chosen.nudgeDay()));
		return day.atTime(chosen.nudgeHour(), 0).atZone(now.getZone());
	}

	/**
	 * When this ISO week ends in the member's zone (next Monday's first moment): a nudge
	 * still unsent then speaks of a week gone by, and is not sent.
	 */
	static Instant endOfWeek(ZonedDateTime now) {
		return monday(now).plusWeeks(1).atStartOfDay(now.getZone()).toInstant();
	}

	private static LocalDate monday(ZonedDateTime now) {
		return now.toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
	}

	/** The ISO week of a date, as {@code 2026-W48}. */
	public static String isoWeek(LocalDate date) {
		return String.format("%d-W%02d", date.get(IsoFields.WEEK_BASED_YEAR),
				date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
	}

}

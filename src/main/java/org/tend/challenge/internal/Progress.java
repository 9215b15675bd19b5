package org.tend.challenge.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;

import org.tend.challenge.CalendarWeek;
import org.tend.challenge.ChallengeSettings;

/**
 * The arithmetic of the challenge over the meetings that happened each week: this
 * period's count, the streak and the yearly calendar. Pure, so tests can walk any week.
 */
public final class Progress {

	static final int CALENDAR_WEEKS = 52;

	/** A streak longer than this (twenty years) is not looked further back for. */
	static final int MAX_STREAK = 1040;

	private final ToIntFunction<LocalDate> happenedInWeek;

	private final ChallengeSettings settings;

	private final LocalDate today;

	/**
	 * @param happenedInWeek how many meetings happened in the week starting on the given
	 * Monday
	 */
	public Progress(ToIntFunction<LocalDate> happenedInWeek, ChallengeSettings settings, LocalDate today) {
		this.happenedInWeek = happenedInWeek;
		this.settings = settings;
		this.today = today;
	}

	public LocalDate periodStart() {
		return IsoWeeks.periodStart(this.today, this.settings.pace());
	}

	public LocalDate periodEnd() {
		return periodStart().plusWeeks(this.settings.pace().weeks()).minusDays(1);
	}

	public int done() {
		return inPeriod(periodStart());
	}

	/**
	 * Periods in a row that met the goal, ending with this one if it already did: the
	 * period still open never breaks a streak.
	 */
	public int streak() {
		int weeks = this.settings.pace().weeks();
		int streak = (done() >= this.settings.goal()) ? 1 : 0;
		LocalDate start = periodStart().minusWeeks(weeks);
		while (streak < MAX_STREAK && inPeriod(start) >= this.settings.goal()) {
			streak++;
			start = start.minusWeeks(weeks);
		}
		return streak;
	}

	/** Whether the period before this one ended short of the goal. */
	public boolean previousMissed() {
		return inPeriod(periodStart().minusWeeks(this.settings.pace().weeks())) < this.settings.goal();
	}

	/** The 52 weeks up to this one, oldest first. */
	public List<CalendarWeek> calendar() {
		LocalDate thisMonday = IsoWeeks.monday(this.today);
		List<CalendarWeek> weeks = new ArrayList<>(CALENDAR_WEEKS);
		for (int back = CALENDAR_WEEKS - 1; back >= 0; back--) {
			LocalDate monday = thisMonday.minusWeeks(back);
			boolean met = inPeriod(IsoWeeks.periodStart(monday, this.settings.pace())) >= this.settings.goal();
			weeks.add(new CalendarWeek(IsoWeeks.label(monday), monday, this.happenedInWeek.applyAsInt(monday), met,
					back == 0));
		}
		return weeks;
	}

	private int inPeriod(LocalDate start) {
		int count = 0;
		for (int week = 0; week < this.settings.pace().weeks(); week++) {
			count += this.happenedInWeek.applyAsInt(start.plusWeeks(week));
		}
		return count;
	}

}

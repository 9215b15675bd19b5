package org.tend.mail;

import java.time.DayOfWeek;

/**
 * What mail a member wants: the weekly nudge on a chosen weekday and hour in their time
 * zone, reminders of promises some days before they are due, and a mail when another
 * member asks them for an introduction (switched off, the request still waits on their
 * requests page).
 */
public record MailPreferences(boolean weeklyNudge, DayOfWeek nudgeDay, int nudgeHour, boolean promiseReminders,
		int reminderDaysBefore, boolean introductionRequests) {

	public static final int MAX_DAYS_BEFORE = 14;

	/**
	 * Monday at 8 in the morning, promise reminders the day before, introduction requests
	 * by mail.
	 */
	public static final MailPreferences DEFAULTS = new MailPreferences(true, DayOfWeek.MONDAY, 8, true, 1, true);

	public MailPreferences {
		if (nudgeDay == null) {
			throw new IllegalArgumentException("a weekday for the nudge is needed");
		}
		if (nudgeHour < 0 || nudgeHour > 23) {
			throw new IllegalArgumentException("the nudge hour is from 0 to 23");
		}
		if (reminderDaysBefore < 0 || reminderDaysBefore > MAX_DAYS_BEFORE) {
			throw new IllegalArgumentException("reminders come 0 to " + MAX_DAYS_BEFORE + " days before");
		}
	}

	/** These preferences with one kind of mail switched off. */
	public MailPreferences without(MailKind kind) {
		return switch (kind) {
			case WEEKLY_NUDGE -> new MailPreferences(false, this.nudgeDay, this.nudgeHour, this.promiseReminders,
					this.reminderDaysBefore, this.introductionRequests);
			case PROMISE_REMINDER -> new MailPreferences(this.weeklyNudge, this.nudgeDay, this.nudgeHour, false,
					this.reminderDaysBefore, this.introductionRequests);
			case INTRODUCTION_REQUEST -> new MailPreferences(this.weeklyNudge, this.nudgeDay, this.nudgeHour,
					this.promiseReminders, this.reminderDaysBefore, false);
		};
	}

	public boolean wants(MailKind kind) {
		return switch (kind) {
			case WEEKLY_NUDGE -> this.weeklyNudge;
			case PROMISE_REMINDER -> this.promiseReminders;
			case INTRODUCTION_REQUEST -> this.introductionRequests;
		};
	}

}

package org.tend.mail;

import java.time.DayOfWeek;

/**
 * What mail a member wants: the weekly nudge on a chosen weekday and hour in their time
 * zone, and reminders of promises some days before they are due.
 */
public record MailPreferences(boolean weeklyNudge, DayOfWeek nudgeDay, int nudgeHour, boolean promiseReminders,
		int reminderDaysBefore) {

	public static final int MAX_DAYS_BEFORE = 14;

	/** Monday at 8 in the morning, promise reminders the day before. */
	public static final MailPreferences DEFAULTS = new MailPreferences(true, DayOfWeek.MONDAY, 8, true, 1);

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
					this.reminderDaysBefore);
			case PROMISE_REMINDER ->
				new MailPreferences(this.weeklyNudge, this.nudgeDay, this.nudgeHour, false, this.reminderDaysBefore);
		};
	}

	public boolean wants(MailKind kind) {
		return (kind == MailKind.WEEKLY_NUDGE) ? this.weeklyNudge : this.promiseReminders;
	}

}

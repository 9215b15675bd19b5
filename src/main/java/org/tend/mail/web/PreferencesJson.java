package org.tend.mail.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.tend.mail.MailPreferences;

/**
 * A member's mail preferences in the API: all fields, read and replaced together. The
 * nudge comes on {@code nudgeDay} at {@code nudgeHour}:00 in the member's time zone;
 * reminders {@code reminderDaysBefore} days (0 to 14) before a promise is due;
 * {@code introductionRequests} is the mail telling the member that another member asks
 * them for an introduction. That one may be left out of a replacement, and then stays as
 * it was: a client written before it existed must not switch back on what the member
 * switched off.
 */
record PreferencesJson(@NotNull Boolean weeklyNudge, @NotNull Weekday nudgeDay,
		@NotNull @Min(0) @Max(23) Integer nudgeHour, @NotNull Boolean promiseReminders,
		@NotNull @Min(0) @Max(MailPreferences.MAX_DAYS_BEFORE) Integer reminderDaysBefore,
		Boolean introductionRequests) {

	static PreferencesJson of(MailPreferences preferences) {
		return new PreferencesJson(preferences.weeklyNudge(), Weekday.of(preferences.nudgeDay()),
				preferences.nudgeHour(), preferences.promiseReminders(), preferences.reminderDaysBefore(),
				preferences.introductionRequests());
	}

	/** These preferences, replacing {@code current}. */
	MailPreferences toPreferences(MailPreferences current) {
		return new MailPreferences(this.weeklyNudge, this.nudgeDay.dayOfWeek(), this.nudgeHour, this.promiseReminders,
				this.reminderDaysBefore,
				(this.introductionRequests != null) ? this.introductionRequests : current.introductionRequests());
	}

}

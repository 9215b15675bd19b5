package org.tend.mail.web;

import java.time.DayOfWeek;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.tend.mail.MailPreferences;

/** The email settings form; an unticked box arrives as null and means off. */
record PreferencesForm(Boolean weeklyNudge, @NotNull(message = "{mail.settings.invalid}") DayOfWeek nudgeDay,
		@NotNull(message = "{mail.settings.invalid}") @Min(value = 0, message = "{mail.settings.invalid}") @Max(
				value = 23, message = "{mail.settings.invalid}") Integer nudgeHour,
		Boolean promiseReminders,
		@NotNull(message = "{mail.settings.invalid}") @Min(value = 0, message = "{mail.settings.invalid}") @Max(
				value = MailPreferences.MAX_DAYS_BEFORE,
				message = "{mail.settings.invalid}") Integer reminderDaysBefore,
		Boolean introductionRequests) {

	static PreferencesForm of(MailPreferences preferences) {
		return new PreferencesForm(preferences.weeklyNudge(), preferences.nudgeDay(), preferences.nudgeHour(),
				preferences.promiseReminders(), preferences.reminderDaysBefore(), preferences.introductionRequests());
	}

	MailPreferences toPreferences() {
		return new MailPreferences(Boolean.TRUE.equals(this.weeklyNudge), this.nudgeDay, this.nudgeHour,
				Boolean.TRUE.equals(this.promiseReminders), this.reminderDaysBefore,
				Boolean.TRUE.equals(this.introductionRequests));
	}

}

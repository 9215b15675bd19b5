package org.tend.mail.internal;

import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tend.mail.MailPreferences;

@Repository
public class PreferenceRepository {

	private final JdbcClient jdbc;

	PreferenceRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<MailPreferences> find(UUID ownerId) {
		return this.jdbc.sql("""
				select weekly_nudge, nudge_day, nudge_hour, promise_reminders, reminder_days_before,
				  introduction_requests
				from mail_preference where owner_id = :owner""")
			.param("owner", ownerId)
			.query((rs, rowNum) -> new MailPreferences(rs.getBoolean("weekly_nudge"),
					DayOfWeek.of(rs.getInt("nudge_day")), rs.getInt("nudge_hour"), rs.getBoolean("promise_reminders"),
					rs.getInt("reminder_days_before"), rs.getBoolean("introduction_requests")))
			.optional();
	}

	public void save(UUID ownerId, MailPreferences preferences, Instant now) {
		int updated = this.jdbc.sql("""
				update mail_preference set weekly_nudge = :nudge, nudge_day = :day, nudge_hour = :hour,
				  promise_reminders = :reminders, reminder_days_before = :days,
				  introduction_requests = :introductions, updated_at = :now
				where owner_id = :owner""").params(params(ownerId, preferences, now)).update();
		if (updated == 0) {
			this.jdbc.sql("""
					insert into mail_preference (owner_id, weekly_nudge, nudge_day, nudge_hour, promise_reminders,
					  reminder_days_before, introduction_requests, updated_at)
					values (:owner, :nudge, :day, :hour, :reminders, :days, :introductions, :now)""")
				.params(params(ownerId, preferences, now))
				.update();
		}
	}

	private static java.util.Map<String, Object> params(UUID ownerId, MailPreferences preferences, Instant now) {
		return java.util.Map.of("owner", ownerId, "nudge", preferences.weeklyNudge(), "day",
				preferences.nudgeDay().getValue(), "hour", preferences.nudgeHour(), "reminders",
				preferences.promiseReminders(), "days", preferences.reminderDaysBefore(), "introductions",
				preferences.introductionRequests(), "now", Timestamp.from(now));
	}

}

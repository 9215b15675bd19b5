package org.tend.mail;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;

/**
 * Where the weekly nudge gets this week's suggestions: implemented by a module above mail
 * (the weekly challenge), so that mail never depends on it. When several beans answer,
 * the first in {@code @Order} that gives a section wins.
 */
public interface WeeklyNudgeContent {

	/**
	 * This week's suggestions for the member, with today in their time zone; empty when
	 * this source has nothing to say.
	 */
	Optional<NudgeSection> forWeek(UUID ownerId, ZoneId zone, LocalDate today);

}

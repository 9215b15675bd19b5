package org.tend.community;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.UUID;

/**
 * A community as its members see it. {@code againLimit} is how many extra coffees a pair
 * who both asked to meet again may have inside the repeat window. The invite code is
 * shown to organizers only (the API and pages leave it out for others).
 */
public record Community(UUID id, String name, String description, Cadence cadence, DayOfWeek openDay,
		LocalTime openTime, ZoneId zone, int repeatWindow, int againLimit, boolean approvalRequired, String inviteCode,
		Instant createdAt) {

	/** The period a round opening at this moment would belong to. */
	public LocalDate periodOf(Instant moment) {
		return this.cadence.periodStart(moment.atZone(this.zone).toLocalDate());
	}

	/** When the round of the period starting that day opens. */
	public Instant opensAt(LocalDate periodStart) {
		return ZonedDateTime.of(this.cadence.openDate(periodStart, this.openDay), this.openTime, this.zone).toInstant();
	}

}

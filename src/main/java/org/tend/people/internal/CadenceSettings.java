package org.tend.people.internal;

import java.time.LocalDate;

import org.tend.people.Circle;

/**
 * How often the member wants to see a person: their own cadence in days, else their
 * circle's default, else none (the person is never "due").
 *
 * <p>
 * The keep-in-touch clock starts on the day we first met and resets on every meeting that
 * happened: whichever is later counts, so someone met long ago and never seen since is
 * due, and someone never met (no date at all) is not.
 */
public record CadenceSettings(Integer cadenceDays, Circle circle, LocalDate metOn) {

	public Integer effectiveDays() {
		if (this.cadenceDays != null) {
			return this.cadenceDays;
		}
		return (this.circle != null) ? this.circle.defaultCadenceDays() : null;
	}

	public LocalDate dueAfter(LocalDate lastMetOn) {
		Integer days = effectiveDays();
		LocalDate lastContact = later(this.metOn, lastMetOn);
		return (lastContact == null || days == null) ? null : lastContact.plusDays(days);
	}

	private static LocalDate later(LocalDate one, LocalDate other) {
		if (one == null || other == null) {
			return (one != null) ? one : other;
		}
		return one.isAfter(other) ? one : other;
	}

}

package org.tend.people.internal;

import java.time.LocalDate;

import org.tend.people.Circle;

/**
 * How often the member wants to see a person: their own cadence in days, else their
 * circle's default, else none (the person is never "due").
 *
 * <p>
 * The keep-in-touch clock starts at the first meeting that happened and resets on every
 * one after it. A first-met day (the form's "when we met", LinkedIn's "Connected on") is
 * not a meeting: before a first meeting there is no cadence to keep, the person reads
 * "not met yet" and is never due (docs/depth-model.md, decision 0026). The first-met day
 * stays here because a change to it is still a change of the person's traits.
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
		return (lastMetOn == null || days == null) ? null : lastMetOn.plusDays(days);
	}

}

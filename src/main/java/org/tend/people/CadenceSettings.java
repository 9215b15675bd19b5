package org.tend.people;

import java.time.LocalDate;

/**
 * How often the member wants to see a person: their own cadence in days, else their
 * circle's default, else none (the person is never "due").
 */
record CadenceSettings(Integer cadenceDays, Circle circle) {

	Integer effectiveDays() {
		if (this.cadenceDays != null) {
			return this.cadenceDays;
		}
		return (this.circle != null) ? this.circle.defaultCadenceDays() : null;
	}

	LocalDate dueAfter(LocalDate lastMetOn) {
		Integer days = effectiveDays();
		return (lastMetOn == null || days == null) ? null : lastMetOn.plusDays(days);
	}

}

package org.tend.people.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.tend.people.Circle;
import org.tend.people.PersonDetails;

/**
 * A person as the API shows them. {@code cadenceDays} is the member's own choice (null:
 * the circle's default), {@code effectiveCadenceDays} the one in force.
 */
record PersonJson(UUID id, String name, String company, String role, String city, List<String> emails,
		List<String> phones, List<String> links, List<String> tags, Circle circle, Integer cadenceDays,
		Integer effectiveCadenceDays, String howWeMet, LocalDate metOn, LocalDate lastMetOn, LocalDate dueOn) {

	static PersonJson of(PersonDetails person) {
		return new PersonJson(person.id(), person.name(), person.company(), person.role(), person.city(),
				person.emails(), person.phones(), person.links(), person.tags(), person.circle(), person.cadenceDays(),
				person.effectiveCadenceDays(), person.howWeMet(), person.metOn(), person.lastMetOn(), person.dueOn());
	}

}

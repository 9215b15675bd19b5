package org.tend.people.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.tend.people.Circle;
import org.tend.people.PersonDetails;
import org.tend.people.PersonSummary;

/**
 * A person as the API shows them. {@code cadenceDays} is the member's own choice (null:
 * the circle's default), {@code effectiveCadenceDays} the one in force;
 * {@code introducedBy} is who introduced the member to them, or null.
 */
record PersonJson(UUID id, String name, String company, String role, String city, List<String> emails,
		List<String> phones, List<String> links, List<String> tags, Circle circle, Integer cadenceDays,
		Integer effectiveCadenceDays, String howWeMet, LocalDate metOn, LocalDate lastMetOn, LocalDate dueOn,
		IntroducedBy introducedBy) {

	static PersonJson of(PersonDetails person, Optional<PersonSummary> introducer) {
		return new PersonJson(person.id(), person.name(), person.company(), person.role(), person.city(),
				person.emails(), person.phones(), person.links(), person.tags(), person.circle(), person.cadenceDays(),
				person.effectiveCadenceDays(), person.howWeMet(), person.metOn(), person.lastMetOn(), person.dueOn(),
				introducer.map((by) -> new IntroducedBy(by.id(), by.name())).orElse(null));
	}

	/** The person of the same journal who introduced the member to this one. */
	record IntroducedBy(UUID personId, String name) {
	}

}

package org.tend.people.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.tend.people.Circle;
import org.tend.people.PersonListItem;

/**
 * A person in an API list: what the list query reads in one go (emails, phones, links and
 * how we met are on the person itself).
 */
record PersonListJson(UUID id, String name, String company, String role, String city, List<String> tags, Circle circle,
		Integer cadenceDays, LocalDate metOn, LocalDate lastMetOn, LocalDate dueOn, Double depth) {

	static PersonListJson of(PersonListItem person) {
		return new PersonListJson(person.id(), person.name(), person.company(), person.role(), person.city(),
				person.tags(), person.circle(), person.cadenceDays(), person.metOn(), person.lastMetOn(),
				person.dueOn(), person.depth());
	}

}

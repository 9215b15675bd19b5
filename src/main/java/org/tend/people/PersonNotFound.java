package org.tend.people;

import java.util.UUID;

import org.tend.shared.NotFound;

/**
 * No such person in this member's journal (it may exist in another member's: same
 * answer).
 */
public class PersonNotFound extends NotFound {

	private final UUID personId;

	private PersonNotFound(UUID personId) {
		super("No person " + personId);
		this.personId = personId;
	}

	public static PersonNotFound withId(UUID personId) {
		return new PersonNotFound(personId);
	}

	public UUID personId() {
		return this.personId;
	}

}

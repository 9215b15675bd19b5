package org.tend.introductions.internal;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.tend.people.PeopleService;
import org.tend.people.PersonDetails;
import org.tend.people.PersonInput;

/**
 * Finds a member of Tend (or someone they were introduced to) in a journal by address, or
 * adds them: a request's asker in the introducer's journal, and, once introduced, the
 * introducer and the other side in the asker's.
 */
@Component
public class PeopleByAddress {

	private final PeopleService people;

	PeopleByAddress(PeopleService people) {
		this.people = people;
	}

	/**
	 * The person of the owner's journal with the address (its case does not matter), else
	 * a new person with the name and address. It reads the whole journal, as people
	 * offers no lookup by address; this runs once or twice per request answered or
	 * introduction accepted.
	 */
	public UUID findOrAdd(UUID ownerId, String name, String email) {
		String wanted = normalized(email);
		return this.people.allDetails(ownerId)
			.stream()
			.filter((person) -> person.emails().stream().anyMatch((e) -> normalized(e).equals(wanted)))
			.map(PersonDetails::id)
			.findFirst()
			.orElseGet(() -> this.people
				.create(ownerId,
						new PersonInput(name, null, null, null, List.of(email.strip()), null, null, null, null, null,
								null, null))
				.id());
	}

	private static String normalized(String email) {
		return email.strip().toLowerCase(Locale.ROOT);
	}

}

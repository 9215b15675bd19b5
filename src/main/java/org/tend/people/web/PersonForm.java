package org.tend.people.web;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import org.springframework.format.annotation.DateTimeFormat;
import org.tend.people.Circle;
import org.tend.people.PersonDetails;
import org.tend.people.PersonInput;

/**
 * The add/edit person form. Emails, phones, links and tags are typed as text, one per
 * line or separated by commas; the limits are those of {@link PersonInput}, checked by
 * the facade and shown next to the field they concern.
 */
record PersonForm(String name, String company, String role, String city, String emails, String phones, String links,
		String tags, Circle circle, Integer cadenceDays, String howWeMet,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate metOn) {

	private static final Pattern SEPARATORS = Pattern.compile("[,\\r\\n]+");

	static PersonForm empty() {
		return new PersonForm("", "", "", "", "", "", "", "", null, null, "", null);
	}

	static PersonForm of(PersonDetails person) {
		return new PersonForm(person.name(), person.company(), person.role(), person.city(),
				String.join("\n", person.emails()), String.join("\n", person.phones()),
				String.join("\n", person.links()), String.join(", ", person.tags()), person.circle(),
				person.cadenceDays(), person.howWeMet(), person.metOn());
	}

	PersonInput toInput() {
		return new PersonInput(this.name, this.company, this.role, this.city, split(this.emails), split(this.phones),
				split(this.links), split(this.tags), this.circle, this.cadenceDays, this.howWeMet, this.metOn);
	}

	static List<String> split(String text) {
		return (text == null) ? List.of() : Arrays.asList(SEPARATORS.split(text));
	}

}

package org.tend.people;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.hibernate.validator.constraints.Range;
import org.tend.people.internal.TextCleaning;

/**
 * What the member writes about a person, as the API and the form send it. The values are
 * tidied on construction (trimmed, blanks dropped, tags in lower case without repeats)
 * and the limits below are checked by {@link PeopleService} before anything is saved.
 * <p>
 * The patterns for emails and links never backtrack, so they take time in proportion to
 * the text even when it is far over its size limit (Bean Validation checks all the
 * constraints of a value, the size does not go first): a 64,000-character link once took
 * 18 seconds to refuse.
 */
public record PersonInput(
		@NotBlank(message = "{people.error.name.required}") @Size(max = 200,
				message = "{people.error.tooLong}") String name,
		@Size(max = 200, message = "{people.error.tooLong}") String company,
		@Size(max = 200, message = "{people.error.tooLong}") String role,
		@Size(max = 100, message = "{people.error.tooLong}") String city,
		@Size(max = 10,
				message = "{people.error.tooMany}") List<@Size(max = 254, message = "{people.error.tooLong}") @Email(
						regexp = PersonInput.EMAIL, message = "{people.error.email}") String> emails,
		@Size(max = 10,
				message = "{people.error.tooMany}") List<@Size(max = 40,
						message = "{people.error.tooLong}") String> phones,
		@Size(max = 10,
				message = "{people.error.tooMany}") List<@Size(max = 500, message = "{people.error.tooLong}") @Pattern(
						regexp = PersonInput.LINK, message = "{people.error.link}") String> links,
		@Size(max = 30,
				message = "{people.error.tooMany}") List<@Size(max = 50,
						message = "{people.error.tooLong}") String> tags,
		Circle circle, @Range(min = 1, max = 3650, message = "{people.error.cadence}") Integer cadenceDays,
		@Size(max = 2000, message = "{people.error.tooLong}") String howWeMet, LocalDate metOn) {

	/**
	 * Something, an @, then a domain with a dot neither first nor last; written so that
	 * no part can give characters back to another (the first dot after the domain's first
	 * character is the only one worth trying).
	 */
	public static final String EMAIL = "[^@\\s]++@[^@\\s][^@\\s.]*+\\.[^@\\s]++";

	/** http(s)://, then a host's first character, then anything up to a space. */
	public static final String LINK = "(?i)https?://[^\\s/]\\S*+";

	public PersonInput {
		name = TextCleaning.clean(name);
		company = TextCleaning.clean(company);
		role = TextCleaning.clean(role);
		city = TextCleaning.clean(city);
		emails = TextCleaning.cleanList(emails);
		phones = TextCleaning.cleanList(phones);
		links = TextCleaning.cleanList(links);
		tags = TextCleaning.tags(tags);
		howWeMet = TextCleaning.clean(howWeMet);
	}

	/** A person known only by name, the rest to be filled in later. */
	public static PersonInput named(String name) {
		return new PersonInput(name, null, null, null, null, null, null, null, null, null, null, null);
	}

	/** What the search index holds for the person: who they are and how we met. */
	public String searchText() {
		return String.join("\n", nonNull(this.name), nonNull(this.company), nonNull(this.role), nonNull(this.city),
				String.join(" ", this.tags), nonNull(this.howWeMet));
	}

	private static String nonNull(String text) {
		return (text != null) ? text : "";
	}

}

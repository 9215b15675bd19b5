package org.tend.people;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.tend.people.internal.DueDates;

/**
 * Everything the journal holds about a person. {@code cadenceDays} is the member's own
 * choice for this person (null: the circle's default applies),
 * {@code effectiveCadenceDays} what is actually used; {@code dueOn} is when they are due
 * to reconnect (null: never).
 */
public record PersonDetails(UUID id, String name, String company, String role, String city, List<String> emails,
		List<String> phones, List<String> links, List<String> tags, Circle circle, Integer cadenceDays,
		Integer effectiveCadenceDays, String howWeMet, LocalDate metOn, LocalDate lastMetOn, LocalDate dueOn,
		Instant createdAt, Instant updatedAt) {

	public PersonDetails {
		emails = List.copyOf(emails);
		phones = List.copyOf(phones);
		links = List.copyOf(links);
		tags = List.copyOf(tags);
	}

	/**
	 * Days left before the person is due (0: today, negative: overdue), null if never.
	 */
	public Long daysUntilDue(LocalDate today) {
		return DueDates.daysUntil(this.dueOn, today);
	}

	public boolean isDue(LocalDate today) {
		return DueDates.isDue(this.dueOn, today);
	}

	/** The details as an input, to change some of them. */
	public PersonInput toInput() {
		return new PersonInput(this.name, this.company, this.role, this.city, this.emails, this.phones, this.links,
				this.tags, this.circle, this.cadenceDays, this.howWeMet, this.metOn);
	}

	public PersonSummary summary() {
		return new PersonSummary(this.id, this.name, this.company, this.role, this.circle);
	}

}

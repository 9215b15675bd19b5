package org.tend.people;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.tend.people.internal.DueDates;

/**
 * A person as the people list and the "due to reconnect" list show them; depth is null
 * until the depth module has scored them.
 */
public record PersonListItem(UUID id, String name, String company, String role, String city, Circle circle,
		Integer cadenceDays, LocalDate metOn, LocalDate lastMetOn, LocalDate dueOn, List<String> tags, Double depth) {

	public PersonListItem {
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

	public PersonListItem withTags(List<String> tags) {
		return new PersonListItem(this.id, this.name, this.company, this.role, this.city, this.circle, this.cadenceDays,
				this.metOn, this.lastMetOn, this.dueOn, tags, this.depth);
	}

}

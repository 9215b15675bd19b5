package org.tend.people;

import java.util.EnumSet;
import java.util.Set;

/**
 * A partial update: only the named fields change, each to its value in {@code values} (a
 * named field whose value is null is cleared).
 */
public record PersonChanges(Set<PersonField> fields, PersonInput values) {

	public PersonChanges {
		fields = fields.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(fields));
		if (values == null) {
			throw new IllegalArgumentException("the changed values are needed");
		}
	}

	/** Every field replaced, as the edit form does. */
	public static PersonChanges all(PersonInput values) {
		return new PersonChanges(EnumSet.allOf(PersonField.class), values);
	}

	public PersonInput applyTo(PersonInput current) {
		PersonInput next = this.values;
		return new PersonInput(pick(PersonField.NAME, next.name(), current.name()),
				pick(PersonField.COMPANY, next.company(), current.company()),
				pick(PersonField.ROLE, next.role(), current.role()),
				pick(PersonField.CITY, next.city(), current.city()),
				pick(PersonField.EMAILS, next.emails(), current.emails()),
				pick(PersonField.PHONES, next.phones(), current.phones()),
				pick(PersonField.LINKS, next.links(), current.links()),
				pick(PersonField.TAGS, next.tags(), current.tags()),
				pick(PersonField.CIRCLE, next.circle(), current.circle()),
				pick(PersonField.CADENCE_DAYS, next.cadenceDays(), current.cadenceDays()),
				pick(PersonField.HOW_WE_MET, next.howWeMet(), current.howWeMet()),
				pick(PersonField.MET_ON, next.metOn(), current.metOn()));
	}

	private <T> T pick(PersonField field, T changed, T current) {
		return this.fields.contains(field) ? changed : current;
	}

}

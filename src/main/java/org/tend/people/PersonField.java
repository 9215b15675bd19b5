package org.tend.people;

import java.util.Optional;

/** The fields of a person a partial update may change, by their API names. */
public enum PersonField {

	NAME("name"), COMPANY("company"), ROLE("role"), CITY("city"), EMAILS("emails"), PHONES("phones"), LINKS("links"),
	TAGS("tags"), CIRCLE("circle"), CADENCE_DAYS("cadenceDays"), HOW_WE_MET("howWeMet"), MET_ON("metOn");

	private final String jsonName;

	PersonField(String jsonName) {
		this.jsonName = jsonName;
	}

	public String jsonName() {
		return this.jsonName;
	}

	public static Optional<PersonField> fromJsonName(String name) {
		for (PersonField field : values()) {
			if (field.jsonName.equals(name)) {
				return Optional.of(field);
			}
		}
		return Optional.empty();
	}

}

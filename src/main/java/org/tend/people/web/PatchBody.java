package org.tend.people.web;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import org.tend.people.PersonChanges;
import org.tend.people.PersonField;
import org.tend.people.PersonInput;
import org.tend.shared.web.InvalidInput;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads a PATCH body (JSON merge patch): the fields present change, a field set to null
 * is cleared, a field left out stays as it is. Only a tree tells "left out" from "null".
 */
final class PatchBody {

	private PatchBody() {
	}

	/** A person id sent as text, or null; anything else is a 400 naming the field. */
	static UUID uuid(JsonNode value, String field) {
		if (value == null || value.isNull()) {
			return null;
		}
		try {
			return UUID.fromString(value.asString());
		}
		catch (IllegalArgumentException | JacksonException ex) {
			throw InvalidInput.of(field, "'" + field + "' has an invalid value");
		}
	}

	static PersonChanges read(ObjectNode body, ObjectMapper mapper) {
		PersonInput values;
		try {
			values = mapper.treeToValue(body, PersonInput.class);
		}
		catch (JacksonException ex) {
			String field = ex.getPath()
				.stream()
				.map(JacksonException.Reference::getPropertyName)
				.filter((name) -> name != null)
				.findFirst()
				.orElse("body");
			throw InvalidInput.of(field, "'" + field + "' has an invalid value");
		}
		Set<PersonField> fields = EnumSet.noneOf(PersonField.class);
		body.propertyNames().forEach((name) -> PersonField.fromJsonName(name).ifPresent(fields::add));
		return new PersonChanges(fields, values);
	}

}

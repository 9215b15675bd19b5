package org.tend.people.web;

import java.util.function.Function;

import org.tend.people.Circle;
import org.tend.people.PeopleQuery;
import org.tend.people.PeopleSort;
import org.tend.shared.web.InvalidInput;

/**
 * The people list's request parameters as both the API and the page take them: blanks
 * mean "no filter", an unknown circle or sort is a 400 naming the parameter.
 */
record ListParams(String q, String circle, String tag, String sort) {

	PeopleQuery toQuery() {
		return new PeopleQuery(this.q, parse("circle", this.circle, Circle::fromCode), this.tag,
				parse("sort", this.sort, PeopleSort::fromCode));
	}

	private static <T> T parse(String field, String value, Function<String, T> parser) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return parser.apply(value);
		}
		catch (IllegalArgumentException ex) {
			throw InvalidInput.of(field, ex.getMessage());
		}
	}

}

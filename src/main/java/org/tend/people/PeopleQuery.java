package org.tend.people;

import java.util.Collections;

import org.tend.people.internal.TextCleaning;

/**
 * What the people list is filtered by: words in the name, company, role, city or tags; a
 * circle; a tag. Nulls filter nothing.
 */
public record PeopleQuery(String q, Circle circle, String tag, PeopleSort sort) {

	/** Longer searches are cut: nobody types a paragraph into a filter box. */
	static final int MAX_QUERY_LENGTH = 200;

	public PeopleQuery {
		q = TextCleaning.clean(q);
		if (q != null && q.length() > MAX_QUERY_LENGTH) {
			q = q.substring(0, MAX_QUERY_LENGTH);
		}
		tag = TextCleaning.tags(Collections.singletonList(tag)).stream().findFirst().orElse(null);
		sort = (sort != null) ? sort : PeopleSort.NAME;
	}

	public static PeopleQuery everyone(PeopleSort sort) {
		return new PeopleQuery(null, null, null, sort);
	}

}

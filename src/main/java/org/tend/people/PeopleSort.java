package org.tend.people;

import java.util.Locale;

/**
 * The orders of the people list: by name, most recently met first, most overdue first,
 * deepest first (the score the depth module records through
 * {@link PeopleService#recordDepths}).
 */
public enum PeopleSort {

	NAME, LAST_MET, DUE, DEPTH;

	/** The lowercase name used in URLs and the API ("last_met"). */
	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	/**
	 * The sort with that code, whatever its case.
	 * @throws IllegalArgumentException for anything else
	 */
	public static PeopleSort fromCode(String code) {
		for (PeopleSort sort : values()) {
			if (sort.code().equalsIgnoreCase((code != null) ? code.strip() : null)) {
				return sort;
			}
		}
		throw new IllegalArgumentException("unknown sort '" + code + "': name, last_met, due or depth");
	}

}

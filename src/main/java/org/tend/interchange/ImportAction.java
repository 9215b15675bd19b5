package org.tend.interchange;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * What applying does with a row: adds a new person, merges it into a person (of the
 * journal, or an earlier row of the file), or skips it.
 */
public enum ImportAction {

	NEW, MERGED, SKIPPED;

	@JsonValue
	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

}

package org.tend.people;

import java.util.Locale;

/**
 * What a listening note is about: what the person is building, struggling with, hoping
 * for.
 */
public enum NoteKind {

	PROJECT, CHALLENGE, ASPIRATION, OTHER;

	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static NoteKind fromCode(String code) {
		return valueOf(code.toUpperCase(Locale.ROOT));
	}

}

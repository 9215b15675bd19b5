package org.tend.people;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * What a listening note is about: what the person is building, struggling with, hoping
 * for.
 */
public enum NoteKind {

	PROJECT, CHALLENGE, ASPIRATION, OTHER;

	@JsonValue
	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	/**
	 * The kind with that code ("project"), whatever its case.
	 * @throws IllegalArgumentException for anything else
	 */
	@JsonCreator
	public static NoteKind fromCode(String code) {
		for (NoteKind kind : values()) {
			if (kind.code().equalsIgnoreCase((code != null) ? code.strip() : null)) {
				return kind;
			}
		}
		throw new IllegalArgumentException("unknown note kind '" + code + "': project, challenge, aspiration or other");
	}

}

package org.tend.shared.web;

/**
 * A value the request named is not acceptable (another member's person, an unknown
 * tag...): answered 400 naming the field, with nothing saved.
 */
public class InvalidInput extends RuntimeException {

	private final String field;

	private InvalidInput(String field, String message) {
		super(message);
		this.field = field;
	}

	public static InvalidInput of(String field, String message) {
		return new InvalidInput(field, message);
	}

	public String field() {
		return this.field;
	}

}

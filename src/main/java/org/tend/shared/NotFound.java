package org.tend.shared;

/**
 * Something the member asked for does not exist, or belongs to somebody else: both answer
 * the same 404 so that ids reveal nothing about other members' data.
 */
public abstract class NotFound extends RuntimeException {

	protected NotFound(String message) {
		super(message);
	}

}

package org.tend.interchange;

import java.util.UUID;

import org.tend.shared.NotFound;

/** No preview with that id in the member's journal (never made, applied, or expired). */
public class ImportNotFound extends NotFound {

	private ImportNotFound(String message) {
		super(message);
	}

	public static ImportNotFound withId(UUID id) {
		return new ImportNotFound("No import " + id);
	}

}

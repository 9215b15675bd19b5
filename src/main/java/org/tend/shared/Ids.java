package org.tend.shared;

import java.util.UUID;

/** Identifiers are random UUIDs: they reveal nothing about how many rows exist. */
public final class Ids {

	private Ids() {
	}

	public static UUID newId() {
		return UUID.randomUUID();
	}

}

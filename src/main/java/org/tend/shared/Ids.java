package org.tend.shared;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** Identifiers are random UUIDs: they reveal nothing about how many rows exist. */
public final class Ids {

	private Ids() {
	}

	public static UUID newId() {
		return UUID.randomUUID();
	}

	/** The most ids one {@code in (...)} list is given. */
	public static final int PER_IN_LIST = 1000;

	/**
	 * The ids in slices of at most {@link #PER_IN_LIST}: thousands of ids (an import) go
	 * to the database as a few {@code in (...)} lists, each well within what a driver
	 * takes.
	 */
	public static List<List<UUID>> slices(Collection<UUID> ids) {
		return slices(ids, PER_IN_LIST);
	}

	/** The ids, in their order, in slices of at most {@code size}. */
	public static List<List<UUID>> slices(Collection<UUID> ids, int size) {
		List<UUID> all = List.copyOf(ids);
		List<List<UUID>> slices = new ArrayList<>();
		for (int from = 0; from < all.size(); from += size) {
			slices.add(all.subList(from, Math.min(all.size(), from + size)));
		}
		return slices;
	}

}

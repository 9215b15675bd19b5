package org.tend.ledger;

import java.util.UUID;

/** How often help went each way with one person. */
public record Reciprocity(UUID personId, long given, long received) {

	public static Reciprocity none(UUID personId) {
		return new Reciprocity(personId, 0, 0);
	}

	public long total() {
		return this.given + this.received;
	}

}

package org.tend.ledger;

import java.util.UUID;

/**
 * How promises with one person turned out, both ways: kept by their due day (or undated),
 * kept late, and broken (dropped, or still open past their due day).
 */
public record PromiseRecord(UUID personId, int keptOnTime, int keptLate, int broken) {

	public static PromiseRecord none(UUID personId) {
		return new PromiseRecord(personId, 0, 0, 0);
	}

}

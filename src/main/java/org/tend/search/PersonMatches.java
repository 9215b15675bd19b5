package org.tend.search;

import java.util.List;
import java.util.UUID;

/**
 * A person whose journal entries matched a search; the score is the number of distinct
 * query words found (a person matched on every word ranks first).
 */
public record PersonMatches(UUID personId, int score, List<Match> matches) {

	public PersonMatches {
		matches = List.copyOf(matches);
	}

}

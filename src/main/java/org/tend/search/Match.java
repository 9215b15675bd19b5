package org.tend.search;

import java.util.UUID;

/** One entry that matched a search, with a short excerpt of its text around the match. */
public record Match(SearchSource source, UUID sourceId, String snippet) {
}

package org.tend.search;

import java.util.List;
import java.util.UUID;

/**
 * One entry that matched a search, with a short excerpt of its text around the match and
 * where in that excerpt the query's words are (to highlight them).
 */
public record Match(SearchSource source, UUID sourceId, String snippet, List<Highlight> highlights) {

	public Match {
		highlights = List.copyOf(highlights);
	}

	public Match(SearchSource source, UUID sourceId, String snippet) {
		this(source, sourceId, snippet, List.of());
	}

	/** A matched word: {@code snippet.substring(start, end)}. */
	public record Highlight(int start, int end) {
	}

}

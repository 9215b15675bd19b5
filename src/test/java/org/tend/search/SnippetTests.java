package org.tend.search;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.tend.search.internal.SearchRepository.IndexedDocument;

import static org.assertj.core.api.Assertions.assertThat;

/** The excerpt a search shows of a matched entry. */
class SnippetTests {

	private static final String LONG = "Before the summer she spent three months walking between the cooperatives of"
			+ " the valley, counting hives and asking every beekeeper what the drought had done to their"
			+ " colonies; the climate dataset she built from it now feeds two regional studies and a small"
			+ " grant application that is still waiting for an answer from the ministry.";

	@Test
	void anExcerptIsNeverCutInTheMiddleOfAWord() {
		String snippet = SearchIndex.snippet(LONG, List.of("climat"));
		assertThat(snippet).startsWith("…").endsWith("…").contains("climate dataset");
		String inside = snippet.substring(1, snippet.length() - 1);
		assertThat(LONG).contains(inside);
		int start = LONG.indexOf(inside);
		assertThat(LONG.charAt(start - 1)).isEqualTo(' ');
		assertThat(LONG.charAt(start + inside.length())).isEqualTo(' ');
	}

	@Test
	void everyWordStartingWithAQueryWordIsMarkedAccentsAndCaseAside() {
		Match match = SearchIndex.snippet(new IndexedDocument(SearchSource.NOTE, UUID.randomUUID(),
				"Café farms and CAFES, not a cafeteria-less farm"), List.of("cafe", "farm"));
		assertThat(match.highlights().stream().map((h) -> match.snippet().substring(h.start(), h.end())))
			.containsExactly("Café", "farms", "CAFES", "cafeteria", "farm");
	}

}

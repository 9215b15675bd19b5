package org.tend.people.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnore;

import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;
import org.tend.people.PeopleService;
import org.tend.people.PersonSummary;
import org.tend.search.Match;
import org.tend.search.PersonMatches;
import org.tend.search.SearchIndex;

/**
 * Search across the journal, answered as people with what matched: the index finds the
 * entries, the people facade names the people (one query for all of them).
 */
@Component
class PeopleSearch {

	static final int MAX_RESULTS = 50;

	private final SearchIndex index;

	private final PeopleService people;

	PeopleSearch(SearchIndex index, PeopleService people) {
		this.index = index;
		this.people = people;
	}

	List<FoundPerson> search(UUID ownerId, String query) {
		if (query == null || query.isBlank()) {
			return List.of();
		}
		List<PersonMatches> matches = this.index.search(ownerId, query, MAX_RESULTS);
		Map<UUID, PersonSummary> names = this.people.summaries(ownerId,
				matches.stream().map(PersonMatches::personId).toList());
		// an index entry can outlive its person for the length of a transaction: skip it
		return matches.stream()
			.map((match) -> FoundPerson.of(match, names.get(match.personId())))
			.filter(Objects::nonNull)
			.toList();
	}

	/** A person found, with the entries that matched (source in lower case). */
	record FoundPerson(UUID personId, String name, String company, int score, List<FoundMatch> matches) {

		static FoundPerson of(PersonMatches match, PersonSummary person) {
			if (person == null) {
				return null;
			}
			return new FoundPerson(person.id(), person.name(), person.company(), match.score(),
					match.matches().stream().map((found) -> FoundMatch.of(person.id(), found)).toList());
		}

	}

	/**
	 * An entry that matched, with its excerpt; the page shows the excerpt as {@code html}
	 * (escaped here, the matched words marked) linked to {@code href}, where the entry is
	 * read. Both are made once here rather than by the template: a page of 50 people
	 * holds about 250 excerpts, and drawing each part in the template was most of the
	 * page's time (bench/RESULTS.md).
	 */
	record FoundMatch(String source, UUID sourceId, String snippet, @JsonIgnore String html, @JsonIgnore String href) {

		static FoundMatch of(UUID personId, Match match) {
			String source = match.source().name().toLowerCase(Locale.ROOT);
			return new FoundMatch(source, match.sourceId(), match.snippet(), marked(match),
					href(source, match.sourceId(), personId));
		}

		/** The excerpt as HTML: markup characters escaped, the matched words in mark. */
		static String marked(Match match) {
			String text = match.snippet();
			StringBuilder html = new StringBuilder(text.length() + 32 * match.highlights().size());
			int at = 0;
			for (Match.Highlight highlight : match.highlights()) {
				html.append(HtmlUtils.htmlEscape(text.substring(at, highlight.start()), "UTF-8"))
					.append("<mark>")
					.append(HtmlUtils.htmlEscape(text.substring(highlight.start(), highlight.end()), "UTF-8"))
					.append("</mark>");
				at = highlight.end();
			}
			return html.append(HtmlUtils.htmlEscape(text.substring(at), "UTF-8")).toString();
		}

		/** Where the entry is read: its meeting, or its place on the person's page. */
		private static String href(String source, UUID sourceId, UUID personId) {
			return switch (source) {
				case "meeting" -> "/meetings/" + sourceId;
				case "note" -> "/people/" + personId + "#note-" + sourceId;
				case "exchange", "promise" -> "/people/" + personId + "#ledger-section";
				default -> "/people/" + personId;
			};
		}

	}

}

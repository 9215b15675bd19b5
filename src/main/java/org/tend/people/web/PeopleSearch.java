package org.tend.people.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnore;

import org.springframework.stereotype.Component;
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
					match.matches().stream().map(FoundMatch::of).toList());
		}

	}

	/**
	 * An entry that matched, with its excerpt; the page also draws the excerpt in
	 * {@code parts} (the matched words marked) and links it to its entry.
	 */
	record FoundMatch(String source, UUID sourceId, String snippet, @JsonIgnore List<Part> parts) {

		static FoundMatch of(Match match) {
			List<Part> parts = new ArrayList<>();
			int at = 0;
			for (Match.Highlight highlight : match.highlights()) {
				if (highlight.start() > at) {
					parts.add(new Part(match.snippet().substring(at, highlight.start()), false));
				}
				parts.add(new Part(match.snippet().substring(highlight.start(), highlight.end()), true));
				at = highlight.end();
			}
			if (at < match.snippet().length()) {
				parts.add(new Part(match.snippet().substring(at), false));
			}
			return new FoundMatch(match.source().name().toLowerCase(Locale.ROOT), match.sourceId(), match.snippet(),
					parts);
		}

		/** Where the entry is read: its meeting, or its place on the person's page. */
		@JsonIgnore
		public String href(UUID personId) {
			return switch (this.source) {
				case "meeting" -> "/meetings/" + this.sourceId;
				case "note" -> "/people/" + personId + "#note-" + this.sourceId;
				case "exchange", "promise" -> "/people/" + personId + "#ledger-section";
				default -> "/people/" + personId;
			};
		}

	}

	/** A piece of an excerpt, marked when it is a matched word. */
	record Part(String text, boolean hit) {
	}

}

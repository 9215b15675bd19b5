package org.tend.search;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tend.search.internal.SearchRepository;
import org.tend.search.internal.Tokenizer;
import org.tend.shared.Ids;

/**
 * The search module's facade. Modules call {@link #index} in the same transaction as the
 * write that changed the text, so search never lags behind the journal.
 */
@Service
public class SearchIndex {

	/** Query words looked at; the rest of a long question is ignored. */
	static final int MAX_QUERY_WORDS = 8;

	/**
	 * Index entries read per query word, so that a very common word cannot make a search
	 * slow. 500 is ten times the people a search shows; at 2,000 a word found in a fifth
	 * of 100,000 reflections took 40 ms of PostgreSQL alone (bench/RESULTS.md).
	 */
	static final int MAX_DOCUMENTS_PER_WORD = 500;

	static final int MAX_BODY_LENGTH = 8000;

	/** What matched, shown per person: the documents holding the most query words. */
	static final int MATCHES_PER_PERSON = 5;

	private final SearchRepository repository;

	SearchIndex(SearchRepository repository) {
		this.repository = repository;
	}

	/**
	 * Replaces what is indexed for one journal entry: its text, found through each of the
	 * people it concerns.
	 */
	@Transactional
	public void index(UUID ownerId, SearchSource source, UUID sourceId, Collection<UUID> personIds, String text) {
		this.repository.deleteSources(ownerId, source, List.of(sourceId));
		this.repository.insertAll(ownerId, source, documents(new Entry(sourceId, List.copyOf(personIds), text)));
	}

	/**
	 * Indexes many entries that were never indexed before (a batch import), in a few
	 * batches rather than statements per entry.
	 */
	@Transactional
	public void indexNew(UUID ownerId, SearchSource source, List<Entry> entries) {
		// splitting tens of thousands of texts into words is pure work: on every core
		List<SearchRepository.NewDocument> documents = entries.parallelStream()
			.flatMap((entry) -> documents(entry).stream())
			.toList();
		this.repository.insertAll(ownerId, source, documents);
	}

	private static List<SearchRepository.NewDocument> documents(Entry entry) {
		Set<String> tokens = Tokenizer.tokens(entry.text());
		if (tokens.isEmpty()) {
			return List.of();
		}
		String text = entry.text();
		String body = text.length() > MAX_BODY_LENGTH ? text.substring(0, MAX_BODY_LENGTH) : text;
		return new LinkedHashSet<>(entry.personIds()).stream()
			.map((personId) -> new SearchRepository.NewDocument(Ids.newId(), entry.sourceId(), personId, body, tokens))
			.toList();
	}

	/**
	 * Replaces what many entries of one source had indexed (a batch of people merged by
	 * an import), in a few batches.
	 */
	@Transactional
	public void replaceAll(UUID ownerId, SearchSource source, List<Entry> entries) {
		if (entries.isEmpty()) {
			return;
		}
		this.repository.deleteSources(ownerId, source, entries.stream().map(Entry::sourceId).toList());
		indexNew(ownerId, source, entries);
	}

	@Transactional
	public void remove(UUID ownerId, SearchSource source, UUID sourceId) {
		this.repository.deleteSources(ownerId, source, List.of(sourceId));
	}

	@Transactional
	public void removePerson(UUID ownerId, UUID personId) {
		this.repository.deletePerson(ownerId, personId);
	}

	/**
	 * The people whose entries hold the query's words (each word matching the start of an
	 * indexed word), those matching the most words first. The ranking needs only which
	 * document holds which word; the texts are read for the people shown, a few documents
	 * each, to cut their snippets.
	 */
	@Transactional(readOnly = true)
	public List<PersonMatches> search(UUID ownerId, String query, int limit) {
		List<String> words = Tokenizer.tokens(query).stream().limit(MAX_QUERY_WORDS).toList();
		if (words.isEmpty() || limit < 1) {
			return List.of();
		}
		Map<UUID, Set<String>> wordsByDocument = new HashMap<>();
		Map<UUID, Set<String>> wordsByPerson = new HashMap<>();
		Map<UUID, Set<UUID>> documentsByPerson = new HashMap<>();
		for (String word : words) {
			for (SearchRepository.Hit hit : this.repository.documentsWithPrefix(ownerId, word,
					MAX_DOCUMENTS_PER_WORD)) {
				wordsByDocument.computeIfAbsent(hit.documentId(), (id) -> new HashSet<>()).add(word);
				wordsByPerson.computeIfAbsent(hit.personId(), (id) -> new HashSet<>()).add(word);
				documentsByPerson.computeIfAbsent(hit.personId(), (id) -> new HashSet<>()).add(hit.documentId());
			}
		}
		Map<UUID, List<UUID>> shown = new LinkedHashMap<>();
		documentsByPerson.keySet()
			.stream()
			.sorted(Comparator.comparingInt((UUID person) -> -wordsByPerson.get(person).size())
				.thenComparingInt((person) -> -Math.min(MATCHES_PER_PERSON, documentsByPerson.get(person).size()))
				.thenComparing(Comparator.naturalOrder()))
			.limit(limit)
			.forEach((person) -> shown.put(person, bestDocuments(documentsByPerson.get(person), wordsByDocument)));
		Map<UUID, SearchRepository.IndexedDocument> documents = this.repository.documents(ownerId,
				shown.values().stream().flatMap(List::stream).toList());
		return shown.entrySet().stream().map((entry) -> {
			// the same words written twice (a note copied into a meeting) show once
			Set<String> seen = new HashSet<>();
			return new PersonMatches(entry.getKey(), wordsByPerson.get(entry.getKey()).size(),
					entry.getValue()
						.stream()
						.map(documents::get)
						.filter(Objects::nonNull)
						.map((document) -> snippet(document, words))
						.filter((match) -> seen.add(match.snippet()))
						.toList());
		}).toList();
	}

	/** A person's documents holding the most query words, at most a handful. */
	private static List<UUID> bestDocuments(Collection<UUID> documents, Map<UUID, Set<String>> wordsByDocument) {
		return documents.stream()
			.sorted(Comparator.comparingInt((UUID document) -> -wordsByDocument.get(document).size())
				.thenComparing(Comparator.naturalOrder()))
			.limit(MATCHES_PER_PERSON)
			.toList();
	}

	/** One journal entry's text, found through each of the people it concerns. */
	public record Entry(UUID sourceId, List<UUID> personIds, String text) {

		public Entry {
			personIds = List.copyOf(personIds);
			text = (text != null) ? text : "";
		}

	}

	/**
	 * About 160 characters of the text around the first query word found in it, cut
	 * between words, with every word that starts with a query word marked.
	 */
	static Match snippet(SearchRepository.IndexedDocument document, List<String> words) {
		String text = snippet(document.body(), words);
		return new Match(document.source(), document.sourceId(), text, MatchedWords.all(text, words));
	}

	static String snippet(String body, List<String> words) {
		String flat = MatchedWords.flatten(body);
		int at = Math.max(0, MatchedWords.first(flat, words));
		int from = Math.max(0, at - 60);
		int to = Math.min(flat.length(), from + 160);
		// never in the middle of a word: start after a space, end before one
		if (from > 0) {
			int space = flat.indexOf(' ', from - 1);
			from = (space >= 0 && space < at) ? space + 1 : at;
		}
		if (to < flat.length()) {
			int space = flat.lastIndexOf(' ', to);
			to = (space > at) ? space : to;
		}
		String excerpt = flat.substring(from, to).strip();
		return (from > 0 ? "…" : "") + excerpt + (to < flat.length() ? "…" : "");
	}

}

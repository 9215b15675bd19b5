package org.tend.search.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tend.search.SearchSource;
import org.tend.shared.BulkInsert;

@Repository
public class SearchRepository {

	private static final BulkInsert.Table NEW_DOCUMENTS = BulkInsert.Table.of("search_document", "id", "owner_id",
			"source", "source_id", "person_id", "body");

	private static final BulkInsert.Table NEW_TOKENS = BulkInsert.Table.of("search_token", "document_id", "owner_id",
			"person_id", "token");

	private final JdbcClient jdbc;

	private final NamedParameterJdbcTemplate template;

	private final BulkInsert bulk;

	SearchRepository(JdbcClient jdbc, NamedParameterJdbcTemplate template, BulkInsert bulk) {
		this.jdbc = jdbc;
		this.template = template;
		this.bulk = bulk;
	}

	/**
	 * New documents with their tokens, in two bulk inserts: an import indexes tens of
	 * thousands of documents, hundreds of thousands of tokens.
	 */
	public void insertAll(UUID ownerId, SearchSource source, List<NewDocument> documents) {
		if (documents.isEmpty()) {
			return;
		}
		List<Object[]> rows = new ArrayList<>(documents.size());
		List<Object[]> tokens = new ArrayList<>(documents.size() * 8);
		for (NewDocument document : documents) {
			rows.add(new Object[] { document.id(), ownerId, source.name(), document.sourceId(), document.personId(),
					document.body() });
			for (String token : document.tokens()) {
				tokens.add(new Object[] { document.id(), ownerId, document.personId(), token });
			}
		}
		this.bulk.insert(NEW_DOCUMENTS, rows);
		this.bulk.insert(NEW_TOKENS, tokens);
	}

	/**
	 * What entries of one source had indexed (one entry rewritten, or many replaced at
	 * once by an import). The words go first, by hand: search_token has no foreign key to
	 * its document, whose check would cost an import a lookup for each of its hundreds of
	 * thousands of words. Each delete goes by the entry's key, so that every statement is
	 * an index lookup whatever the database knows of the tables' sizes (just after an
	 * import it may know nothing, and would then scan the member's whole index).
	 */
	public void deleteSources(UUID ownerId, SearchSource source, Collection<UUID> sourceIds) {
		if (sourceIds.isEmpty()) {
			return;
		}
		List<Object[]> keys = sourceIds.stream()
			.map((sourceId) -> new Object[] { ownerId, source.name(), sourceId })
			.toList();
		JdbcTemplate jdbc = this.template.getJdbcTemplate();
		jdbc.batchUpdate("""
				delete from search_token where document_id in
				  (select id from search_document where owner_id = ? and source = ? and source_id = ?)""", keys);
		jdbc.batchUpdate("delete from search_document where owner_id = ? and source = ? and source_id = ?", keys);
	}

	/** The words of whole accounts; their documents go with the accounts' rows. */
	void deleteOwners(Collection<UUID> ownerIds) {
		this.jdbc.sql("delete from search_token where owner_id in (:owners)").param("owners", ownerIds).update();
	}

	public void deletePerson(UUID ownerId, UUID personId) {
		this.jdbc.sql("""
				delete from search_token where document_id in
				  (select id from search_document where owner_id = :owner and person_id = :person)""")
			.param("owner", ownerId)
			.param("person", personId)
			.update();
		this.jdbc.sql("delete from search_document where owner_id = :owner and person_id = :person")
			.param("owner", ownerId)
			.param("person", personId)
			.update();
	}

	/**
	 * Documents holding a word that starts with the prefix, each with the person it is
	 * found through: a range scan of the (owner, token, person, document) index alone,
	 * stopped after {@code limit} entries. A document holding two words of the prefix
	 * comes twice; the caller keeps one (a {@code distinct} here would make the database
	 * read the whole range before answering).
	 */
	public List<Hit> documentsWithPrefix(UUID ownerId, String prefix, int limit) {
		return this.jdbc
			.sql("select person_id, document_id from search_token"
					+ " where owner_id = :owner and token >= :from and token < :to fetch first :limit rows only")
			.param("owner", ownerId)
			.param("from", prefix)
			.param("to", Tokenizer.upperBound(prefix))
			.param("limit", limit)
			.query((rs, row) -> new Hit(rs.getObject("person_id", UUID.class), rs.getObject("document_id", UUID.class)))
			.list();
	}

	/** The journal entries these documents stand for, with their texts. */
	public Map<UUID, IndexedDocument> documents(UUID ownerId, Collection<UUID> ids) {
		Map<UUID, IndexedDocument> documents = new HashMap<>();
		if (ids.isEmpty()) {
			return documents;
		}
		this.jdbc
			.sql("select id, source, source_id, body from search_document where owner_id = :owner and id in (:ids)")
			.param("owner", ownerId)
			.param("ids", ids)
			.query((rs) -> {
				documents.put(rs.getObject("id", UUID.class),
						new IndexedDocument(SearchSource.valueOf(rs.getString("source")),
								rs.getObject("source_id", UUID.class), rs.getString("body")));
			});
		return documents;
	}

	public record NewDocument(UUID id, UUID sourceId, UUID personId, String body, Set<String> tokens) {
	}

	/** A query word's match: a document and the person it is found through. */
	public record Hit(UUID personId, UUID documentId) {
	}

	public record IndexedDocument(SearchSource source, UUID sourceId, String body) {
	}

}

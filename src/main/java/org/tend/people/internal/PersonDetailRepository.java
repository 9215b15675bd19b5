package org.tend.people.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tend.people.PersonInput;
import org.tend.shared.BulkInsert;

/**
 * A person's emails, phones and links (kept in the order the member gave them) and tags.
 */
@Repository
class PersonDetailRepository {

	enum Kind {

		EMAIL, PHONE, LINK;

		String code() {
			return name().toLowerCase(Locale.ROOT);
		}

	}

	private final JdbcClient jdbc;

	private final NamedParameterJdbcTemplate template;

	private final BulkInsert bulk;

	PersonDetailRepository(JdbcClient jdbc, NamedParameterJdbcTemplate template, BulkInsert bulk) {
		this.jdbc = jdbc;
		this.template = template;
		this.bulk = bulk;
	}

	private static final BulkInsert.Table NEW_DETAILS = BulkInsert.Table.of("person_detail", "person_id", "owner_id",
			"kind", "position", "detail");

	private static final BulkInsert.Table NEW_TAGS = BulkInsert.Table.of("person_tag", "person_id", "owner_id", "tag");

	/** The details and tags of many new people, in two bulk inserts. */
	void insertAll(UUID ownerId, Map<UUID, PersonInput> people) {
		List<Object[]> details = new ArrayList<>();
		List<Object[]> tags = new ArrayList<>();
		people.forEach((personId, person) -> {
			addRows(details, ownerId, personId, Kind.EMAIL, person.emails());
			addRows(details, ownerId, personId, Kind.PHONE, person.phones());
			addRows(details, ownerId, personId, Kind.LINK, person.links());
			person.tags().forEach((tag) -> tags.add(new Object[] { personId, ownerId, tag }));
		});
		this.bulk.insert(NEW_DETAILS, details);
		this.bulk.insert(NEW_TAGS, tags);
	}

	private static void addRows(List<Object[]> rows, UUID ownerId, UUID personId, Kind kind, List<String> values) {
		for (int position = 0; position < values.size(); position++) {
			rows.add(new Object[] { personId, ownerId, kind.code(), position, values.get(position) });
		}
	}

	/**
	 * Removes the details and tags of many people, before they are written anew: a batch
	 * of deletes, each by its person's key, whatever the database knows of the table's
	 * size (just after an import it may know nothing).
	 */
	void deleteAll(UUID ownerId, Collection<UUID> personIds) {
		if (personIds.isEmpty()) {
			return;
		}
		List<Object[]> keys = personIds.stream().map((personId) -> new Object[] { personId, ownerId }).toList();
		JdbcTemplate jdbc = this.template.getJdbcTemplate();
		jdbc.batchUpdate("delete from person_detail where person_id = ? and owner_id = ?", keys);
		jdbc.batchUpdate("delete from person_tag where person_id = ? and owner_id = ?", keys);
	}

	/** The details of every person of the member, by person, each list in order. */
	Map<UUID, Map<Kind, List<String>>> allDetails(UUID ownerId) {
		Map<UUID, Map<Kind, List<String>>> all = new HashMap<>();
		this.jdbc.sql("""
				select person_id, kind, detail from person_detail
				where owner_id = :owner
				order by person_id, kind, position""").param("owner", ownerId).query((rs) -> {
			Map<Kind, List<String>> details = all.computeIfAbsent(rs.getObject("person_id", UUID.class),
					(id) -> emptyDetails());
			details.get(Kind.valueOf(rs.getString("kind").toUpperCase(Locale.ROOT))).add(rs.getString("detail"));
		});
		return all;
	}

	/** The tags of every person of the member, by person, alphabetically. */
	Map<UUID, List<String>> allTags(UUID ownerId) {
		Map<UUID, List<String>> all = new HashMap<>();
		this.jdbc.sql("select person_id, tag from person_tag where owner_id = :owner order by person_id, tag")
			.param("owner", ownerId)
			.query((rs) -> {
				all.computeIfAbsent(rs.getObject("person_id", UUID.class), (id) -> new ArrayList<>())
					.add(rs.getString("tag"));
			});
		return all;
	}

	static Map<Kind, List<String>> emptyDetails() {
		Map<Kind, List<String>> details = new LinkedHashMap<>();
		for (Kind kind : Kind.values()) {
			details.put(kind, new ArrayList<>());
		}
		return details;
	}

	void replaceDetails(UUID ownerId, UUID personId, Kind kind, List<String> details) {
		this.jdbc.sql("delete from person_detail where owner_id = :owner and person_id = :person and kind = :kind")
			.param("owner", ownerId)
			.param("person", personId)
			.param("kind", kind.code())
			.update();
		for (int position = 0; position < details.size(); position++) {
			this.jdbc.sql("""
					insert into person_detail (person_id, owner_id, kind, position, detail)
					values (:person, :owner, :kind, :position, :detail)""")
				.param("person", personId)
				.param("owner", ownerId)
				.param("kind", kind.code())
				.param("position", position)
				.param("detail", details.get(position))
				.update();
		}
	}

	/** The person's details of every kind, each list in the member's order. */
	Map<Kind, List<String>> details(UUID ownerId, UUID personId) {
		Map<Kind, List<String>> details = new LinkedHashMap<>();
		for (Kind kind : Kind.values()) {
			details.put(kind, new ArrayList<>());
		}
		this.jdbc.sql("""
				select kind, detail from person_detail
				where owner_id = :owner and person_id = :person
				order by kind, position""").param("owner", ownerId).param("person", personId).query((rs) -> {
			details.get(Kind.valueOf(rs.getString("kind").toUpperCase(Locale.ROOT))).add(rs.getString("detail"));
		});
		return details;
	}

	void replaceTags(UUID ownerId, UUID personId, List<String> tags) {
		this.jdbc.sql("delete from person_tag where owner_id = :owner and person_id = :person")
			.param("owner", ownerId)
			.param("person", personId)
			.update();
		for (String tag : tags) {
			this.jdbc.sql("insert into person_tag (person_id, owner_id, tag) values (:person, :owner, :tag)")
				.param("person", personId)
				.param("owner", ownerId)
				.param("tag", tag)
				.update();
		}
	}

	List<String> tags(UUID ownerId, UUID personId) {
		return this.jdbc.sql("select tag from person_tag where owner_id = :owner and person_id = :person order by tag")
			.param("owner", ownerId)
			.param("person", personId)
			.query(String.class)
			.list();
	}

}

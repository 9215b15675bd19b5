package org.tend.people;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

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

	PersonDetailRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
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

package org.tend.people.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tend.people.NoteKind;
import org.tend.people.PersonTraits;

/**
 * The reads and the one write the depth module needs, in batches: a daily recompute of
 * every journal must not cost a query per person.
 */
@Repository
public class PersonTraitsRepository {

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	PersonTraitsRepository(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	public Map<UUID, PersonTraits> traits(UUID ownerId, Collection<UUID> personIds) {
		if (personIds.isEmpty()) {
			return Map.of();
		}
		Map<UUID, Set<NoteKind>> kinds = new HashMap<>();
		this.jdbc.sql("""
				select distinct person_id, kind from listening_note
				where owner_id = :owner and person_id in (:ids)""")
			.param("owner", ownerId)
			.param("ids", personIds)
			.query((rs) -> {
				kinds.computeIfAbsent(rs.getObject("person_id", UUID.class), (id) -> EnumSet.noneOf(NoteKind.class))
					.add(NoteKind.fromCode(rs.getString("kind")));
			});
		Map<UUID, PersonTraits> traits = new HashMap<>();
		this.jdbc.sql("select id, met_on, circle from person where owner_id = :owner and id in (:ids)")
			.param("owner", ownerId)
			.param("ids", personIds)
			.query((rs) -> {
				UUID id = rs.getObject("id", UUID.class);
				traits.put(id, new PersonTraits(id, PersonRepository.date(rs, "met_on"),
						PersonRepository.circle(rs.getString("circle")), kinds.getOrDefault(id, Set.of())));
			});
		return traits;
	}

	public List<UUID> personIds(UUID ownerId) {
		return this.jdbc.sql("select id from person where owner_id = :owner order by id")
			.param("owner", ownerId)
			.query(UUID.class)
			.list();
	}

	public List<UUID> owners() {
		return this.jdbc.sql("select distinct owner_id from person order by owner_id").query(UUID.class).list();
	}

	public void recordDepths(UUID ownerId, Map<UUID, Double> scores) {
		List<Object[]> rows = new ArrayList<>();
		scores.forEach((id, score) -> rows
			.add(new Object[] { (score != null) ? BigDecimal.valueOf(score) : null, ownerId, id }));
		// JdbcClient has no batch: the template sends the rows in one round trip
		if (!rows.isEmpty()) {
			this.template.batchUpdate("update person set depth = ? where owner_id = ? and id = ?", rows);
		}
	}

}

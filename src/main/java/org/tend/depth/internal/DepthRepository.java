package org.tend.depth.internal;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tend.depth.DepthComponent;
import org.tend.depth.DepthScore;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

/** The depth_score table: one row per scored person, its components kept as JSON. */
@Repository
public class DepthRepository {

	private static final TypeReference<List<DepthComponent>> COMPONENTS = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	private final ObjectMapper json;

	DepthRepository(JdbcClient jdbc, JdbcTemplate template, ObjectMapper json) {
		this.jdbc = jdbc;
		this.template = template;
		this.json = json;
	}

	/**
	 * Replaces the scores of these people (delete then insert: portable across H2 and
	 * PostgreSQL).
	 */
	public void save(UUID ownerId, Collection<DepthScore> scores) {
		if (scores.isEmpty()) {
			return;
		}
		List<Object[]> ids = new ArrayList<>();
		List<Object[]> rows = new ArrayList<>();
		for (DepthScore score : scores) {
			ids.add(new Object[] { ownerId, score.personId() });
			rows.add(new Object[] { score.personId(), ownerId, BigDecimal.valueOf(score.score()), score.modelVersion(),
					this.json.writeValueAsString(score.components()), Timestamp.from(score.computedAt()) });
		}
		this.template.batchUpdate("delete from depth_score where owner_id = ? and person_id = ?", ids);
		this.template.batchUpdate("""
				insert into depth_score (person_id, owner_id, score, model_version, components, computed_at)
				values (?, ?, ?, ?, ?, ?)""", rows);
	}

	public Optional<DepthScore> find(UUID ownerId, UUID personId) {
		return this.jdbc.sql("""
				select person_id, score, model_version, components, computed_at from depth_score
				where owner_id = :owner and person_id = :person""")
			.param("owner", ownerId)
			.param("person", personId)
			.query((rs, row) -> new DepthScore(rs.getObject("person_id", UUID.class),
					rs.getBigDecimal("score").doubleValue(), rs.getString("model_version"),
					rs.getTimestamp("computed_at").toInstant(),
					this.json.readValue(rs.getString("components"), COMPONENTS)))
			.optional();
	}

	/** Every scored person of the member with their score, deepest first. */
	public Map<UUID, Double> scores(UUID ownerId) {
		Map<UUID, Double> scores = new LinkedHashMap<>();
		this.jdbc.sql("select person_id, score from depth_score where owner_id = :owner order by score desc, person_id")
			.param("owner", ownerId)
			.query((rs) -> {
				scores.put(rs.getObject("person_id", UUID.class), rs.getBigDecimal("score").doubleValue());
			});
		return scores;
	}

}

package org.tend.people;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class PersonRepository {

	private final JdbcClient jdbc;

	PersonRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<PersonSummary> summaries(UUID ownerId, Collection<UUID> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("""
				select id, name, company, role, circle from person
				where owner_id = :owner and id in (:ids)""")
			.param("owner", ownerId)
			.param("ids", ids)
			.query(PersonRepository::summary)
			.list();
	}

	/** Every person of the member, by sort name. */
	List<PersonSummary> allSummaries(UUID ownerId) {
		return this.jdbc.sql("""
				select id, name, company, role, circle from person
				where owner_id = :owner
				order by sort_name, id""").param("owner", ownerId).query(PersonRepository::summary).list();
	}

	/** The person's own cadence and circle, from which the due date is computed. */
	java.util.Optional<CadenceSettings> cadenceSettings(UUID ownerId, UUID personId) {
		return this.jdbc.sql("select cadence_days, circle from person where owner_id = :owner and id = :id")
			.param("owner", ownerId)
			.param("id", personId)
			.query((rs, row) -> new CadenceSettings((Integer) rs.getObject("cadence_days"),
					circle(rs.getString("circle"))))
			.optional();
	}

	int updateLastContact(UUID ownerId, UUID personId, LocalDate lastMetOn, LocalDate dueOn) {
		return this.jdbc.sql("""
				update person set last_met_on = :lastMet, due_on = :due
				where owner_id = :owner and id = :id""")
			.param("owner", ownerId)
			.param("id", personId)
			.param("lastMet", lastMetOn == null ? null : Date.valueOf(lastMetOn))
			.param("due", dueOn == null ? null : Date.valueOf(dueOn))
			.update();
	}

	static Circle circle(String code) {
		return code == null ? null : Circle.valueOf(code.toUpperCase(Locale.ROOT));
	}

	static PersonSummary summary(ResultSet rs, int row) throws SQLException {
		String circle = rs.getString("circle");
		return new PersonSummary(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("company"),
				rs.getString("role"), circle(circle));
	}

}

package org.tend.people.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.SqlTypeValue;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tend.people.IntroductionLink;
import org.tend.people.Circle;
import org.tend.people.PersonInput;
import org.tend.people.PersonSummary;
import org.tend.shared.BulkInsert;
import org.tend.shared.Ids;
import org.tend.shared.TextFolding;

@Repository
public class PersonRepository {

	private final JdbcClient jdbc;

	private final NamedParameterJdbcTemplate template;

	private final BulkInsert bulk;

	PersonRepository(JdbcClient jdbc, NamedParameterJdbcTemplate template, BulkInsert bulk) {
		this.jdbc = jdbc;
		this.template = template;
		this.bulk = bulk;
	}

	public List<PersonSummary> summaries(UUID ownerId, Collection<UUID> ids) {
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

	/** Who introduced the member to the person, if the member named someone. */
	public java.util.Optional<PersonSummary> introducedBy(UUID ownerId, UUID personId) {
		return this.jdbc.sql("""
				select i.id, i.name, i.company, i.role, i.circle from person p
				join person i on i.id = p.introduced_by and i.owner_id = p.owner_id
				where p.owner_id = :owner and p.id = :id""")
			.param("owner", ownerId)
			.param("id", personId)
			.query(PersonRepository::summary)
			.optional();
	}

	/** The "introduced by" links that touch any of the people, at either end. */
	public List<IntroductionLink> introductionLinks(UUID ownerId, Collection<UUID> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("""
				select id, introduced_by from person
				where owner_id = :owner and introduced_by is not null and (id in (:ids) or introduced_by in (:ids))""")
			.param("owner", ownerId)
			.param("ids", ids)
			.query((rs, row) -> new IntroductionLink(rs.getObject("id", UUID.class),
					rs.getObject("introduced_by", UUID.class)))
			.list();
	}

	/** Names (or, with null, forgets) who introduced the member to the person. */
	public void setIntroducedBy(UUID ownerId, UUID personId, UUID introducerId) {
		this.jdbc.sql("update person set introduced_by = :by where owner_id = :owner and id = :id")
			.param("owner", ownerId)
			.param("id", personId)
			.param("by", introducerId)
			.update();
	}

	/** Every person of the member, by sort name. */
	public List<PersonSummary> allSummaries(UUID ownerId) {
		return this.jdbc.sql("""
				select id, name, company, role, circle from person
				where owner_id = :owner
				order by sort_name, id""").param("owner", ownerId).query(PersonRepository::summary).list();
	}

	/** The person's own cadence and circle, from which the due date is computed. */
	public java.util.Optional<CadenceSettings> cadenceSettings(UUID ownerId, UUID personId) {
		return this.jdbc.sql("select cadence_days, circle, met_on from person where owner_id = :owner and id = :id")
			.param("owner", ownerId)
			.param("id", personId)
			.query((rs, row) -> new CadenceSettings((Integer) rs.getObject("cadence_days"),
					circle(rs.getString("circle")), date(rs, "met_on")))
			.optional();
	}

	public int updateLastContact(UUID ownerId, UUID personId, LocalDate lastMetOn, LocalDate dueOn) {
		return this.jdbc.sql("""
				update person set last_met_on = :lastMet, due_on = :due
				where owner_id = :owner and id = :id""")
			.param("owner", ownerId)
			.param("id", personId)
			.param("lastMet", lastMetOn == null ? null : Date.valueOf(lastMetOn))
			.param("due", dueOn == null ? null : Date.valueOf(dueOn))
			.update();
	}

	void insert(UUID ownerId, UUID personId, PersonInput person, LocalDate dueOn, Instant now) {
		this.jdbc.sql("""
				insert into person (id, owner_id, name, sort_name, company, role, city, circle, cadence_days,
				    how_we_met, met_on, last_met_on, due_on, created_at, updated_at)
				values (:id, :owner, :name, :sortName, :company, :role, :city, :circle, :cadence,
				    :howWeMet, :metOn, null, :due, :now, :now)""")
			.params(columns(ownerId, personId, person, dueOn, now))
			.update();
	}

	/** Changes what the member wrote; when they last met is the meetings' business. */
	boolean update(UUID ownerId, UUID personId, PersonInput person, LocalDate dueOn, Instant now) {
		return this.jdbc.sql("""
				update person set name = :name, sort_name = :sortName, company = :company, role = :role,
				    city = :city, circle = :circle, cadence_days = :cadence, how_we_met = :howWeMet,
				    met_on = :metOn, due_on = :due, updated_at = :now
				where owner_id = :owner and id = :id""")
			.params(columns(ownerId, personId, person, dueOn, now))
			.update() > 0;
	}

	/** Inserts many people in one positional batch: an import of a whole address book. */
	void insertAll(UUID ownerId, List<NewRow> rows, Instant now) {
		if (rows.isEmpty()) {
			return;
		}
		Timestamp at = Timestamp.from(now);
		List<Object[]> batch = new ArrayList<>(rows.size());
		for (NewRow row : rows) {
			PersonInput person = row.person();
			batch.add(new Object[] { row.id(), ownerId, person.name(), sortName(person.name()), person.company(),
					person.role(), person.city(), (person.circle() != null) ? person.circle().code() : null,
					person.cadenceDays(), person.howWeMet(), sqlDate(person.metOn()), null, sqlDate(row.dueOn()), at,
					at });
		}
		this.bulk.insert(NEW_PEOPLE, batch);
	}

	/**
	 * Changes many people's rows in one positional batch (an import merging into the
	 * journal); like {@link #update}, when they last met stays as it is.
	 */
	void updateAll(UUID ownerId, List<ChangedRow> rows, Instant now) {
		if (rows.isEmpty()) {
			return;
		}
		Timestamp at = Timestamp.from(now);
		List<Object[]> batch = new ArrayList<>(rows.size());
		for (ChangedRow row : rows) {
			PersonInput person = row.person();
			batch.add(new Object[] { person.name(), sortName(person.name()), person.company(), person.role(),
					person.city(), (person.circle() != null) ? person.circle().code() : null, person.cadenceDays(),
					person.howWeMet(), sqlDate(person.metOn()), sqlDate(row.dueOn()), at, ownerId, row.id() });
		}
		this.template.getJdbcTemplate().batchUpdate("""
				update person set name = ?, sort_name = ?, company = ?, role = ?, city = ?, circle = ?,
				    cadence_days = ?, how_we_met = ?, met_on = ?, due_on = ?, updated_at = ?
				where owner_id = ? and id = ?""", batch, CHANGED_COLUMN_TYPES);
	}

	private static final int[] CHANGED_COLUMN_TYPES = { SqlTypeValue.TYPE_UNKNOWN, SqlTypeValue.TYPE_UNKNOWN,
			Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.INTEGER, Types.VARCHAR, Types.DATE,
			Types.DATE, SqlTypeValue.TYPE_UNKNOWN, SqlTypeValue.TYPE_UNKNOWN, SqlTypeValue.TYPE_UNKNOWN };

	/** The columns {@link #insertAll} fills, typed where a value may be null. */
	private static final BulkInsert.Table NEW_PEOPLE = new BulkInsert.Table("person",
			List.of("id", "owner_id", "name", "sort_name", "company", "role", "city", "circle", "cadence_days",
					"how_we_met", "met_on", "last_met_on", "due_on", "created_at", "updated_at"),
			new int[] { SqlTypeValue.TYPE_UNKNOWN, SqlTypeValue.TYPE_UNKNOWN, SqlTypeValue.TYPE_UNKNOWN,
					SqlTypeValue.TYPE_UNKNOWN, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR,
					Types.INTEGER, Types.VARCHAR, Types.DATE, Types.DATE, Types.DATE, SqlTypeValue.TYPE_UNKNOWN,
					SqlTypeValue.TYPE_UNKNOWN });

	/** The member's people among those ids, by id (a few statements for thousands). */
	Map<UUID, PersonRow> findAll(UUID ownerId, Collection<UUID> ids) {
		Map<UUID, PersonRow> found = new HashMap<>();
		for (List<UUID> slice : Ids.slices(ids)) {
			this.jdbc.sql("""
					select id, name, company, role, city, circle, cadence_days, how_we_met, met_on, last_met_on,
					    due_on, created_at, updated_at
					from person where owner_id = :owner and id in (:ids)""")
				.param("owner", ownerId)
				.param("ids", slice)
				.query(PersonRepository::row)
				.list()
				.forEach((row) -> found.put(row.id(), row));
		}
		return found;
	}

	/** Every person of the member, by sort name. */
	List<PersonRow> findAll(UUID ownerId) {
		return this.jdbc.sql("""
				select id, name, company, role, city, circle, cadence_days, how_we_met, met_on, last_met_on,
				    due_on, created_at, updated_at
				from person where owner_id = :owner order by sort_name, id""")
			.param("owner", ownerId)
			.query(PersonRepository::row)
			.list();
	}

	Optional<PersonRow> find(UUID ownerId, UUID personId) {
		return this.jdbc.sql("""
				select id, name, company, role, city, circle, cadence_days, how_we_met, met_on, last_met_on,
				    due_on, created_at, updated_at
				from person where owner_id = :owner and id = :id""")
			.param("owner", ownerId)
			.param("id", personId)
			.query(PersonRepository::row)
			.optional();
	}

	private static PersonRow row(ResultSet rs, int row) throws SQLException {
		return new PersonRow(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("company"),
				rs.getString("role"), rs.getString("city"), circle(rs.getString("circle")),
				(Integer) rs.getObject("cadence_days"), rs.getString("how_we_met"), date(rs, "met_on"),
				date(rs, "last_met_on"), date(rs, "due_on"), rs.getTimestamp("created_at").toInstant(),
				rs.getTimestamp("updated_at").toInstant());
	}

	boolean delete(UUID ownerId, UUID personId) {
		return this.jdbc.sql("delete from person where owner_id = :owner and id = :id")
			.param("owner", ownerId)
			.param("id", personId)
			.update() > 0;
	}

	private static Map<String, Object> columns(UUID ownerId, UUID personId, PersonInput person, LocalDate dueOn,
			Instant now) {
		Map<String, Object> columns = new HashMap<>();
		columns.put("id", personId);
		columns.put("owner", ownerId);
		columns.put("name", person.name());
		columns.put("sortName", sortName(person.name()));
		columns.put("company", person.company());
		columns.put("role", person.role());
		columns.put("city", person.city());
		columns.put("circle", (person.circle() != null) ? person.circle().code() : null);
		columns.put("cadence", person.cadenceDays());
		columns.put("howWeMet", person.howWeMet());
		columns.put("metOn", sqlDate(person.metOn()));
		columns.put("due", sqlDate(dueOn));
		columns.put("now", Timestamp.from(now));
		return columns;
	}

	/** Folded and cut to the column's size, so that "Émile" sorts with the E's. */
	public static String sortName(String name) {
		String folded = TextFolding.fold(name);
		return folded.length() > 200 ? folded.substring(0, 200) : folded;
	}

	static Date sqlDate(LocalDate date) {
		return (date != null) ? Date.valueOf(date) : null;
	}

	static LocalDate date(ResultSet rs, String column) throws SQLException {
		Date date = rs.getDate(column);
		return (date != null) ? date.toLocalDate() : null;
	}

	/** A person to insert with the due date computed from their cadence. */
	record NewRow(UUID id, PersonInput person, LocalDate dueOn) {
	}

	/** A person's new values with the due date worked out from them. */
	record ChangedRow(UUID id, PersonInput person, LocalDate dueOn) {
	}

	/** A person's own row, before their emails, phones, links and tags are added. */
	record PersonRow(UUID id, String name, String company, String role, String city, Circle circle, Integer cadenceDays,
			String howWeMet, LocalDate metOn, LocalDate lastMetOn, LocalDate dueOn, Instant createdAt,
			Instant updatedAt) {

		CadenceSettings cadence() {
			return new CadenceSettings(this.cadenceDays, this.circle, this.metOn);
		}

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

package org.tend.people.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tend.people.Circle;
import org.tend.people.PeopleQuery;
import org.tend.people.PersonListItem;
import org.tend.shared.FilteredQuery;
import org.tend.shared.PageOf;
import org.tend.shared.PageRequest;
import org.tend.shared.TextFolding;

/**
 * The people list and its companions. A page costs one count, one query for the page's
 * ids, one for their rows and one for their tags, whatever the size of the journal. The
 * ids come from an index already in the order asked for (see V12__people_list_indexes),
 * so skipping to page 20 walks index entries, not person rows.
 */
@Repository
public class PeopleListing {

	private static final String COLUMNS = "p.id, p.name, p.company, p.role, p.city, p.circle, p.cadence_days, "
			+ "p.met_on, p.last_met_on, p.due_on, p.depth";

	private final JdbcClient jdbc;

	PeopleListing(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public PageOf<PersonListItem> list(UUID ownerId, PeopleQuery query, PageRequest page) {
		FilteredQuery filtered = filtered(ownerId, query);
		long total = filtered.count(this.jdbc, "person p");
		if (total <= page.offset()) {
			return new PageOf<>(List.of(), page.page(), page.size(), total);
		}
		List<UUID> ids = filtered.slice(this.jdbc, "select p.id from person p", orderBy(query), page.offset(),
				page.size(), (rs, row) -> rs.getObject("id", UUID.class));
		return new PageOf<>(withTags(ownerId, rowsInOrder(ownerId, ids)), page.page(), page.size(), total);
	}

	private List<PersonListItem> rowsInOrder(UUID ownerId, List<UUID> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		Map<UUID, PersonListItem> rows = new HashMap<>();
		this.jdbc.sql("select " + COLUMNS + " from person p where p.owner_id = :owner and p.id in (:ids)")
			.param("owner", ownerId)
			.param("ids", ids)
			.query(PeopleListing::item)
			.list()
			.forEach((row) -> rows.put(row.id(), row));
		return ids.stream().map(rows::get).filter(Objects::nonNull).toList();
	}

	/** People whose due date has come, the most overdue first. */
	public List<PersonListItem> due(UUID ownerId, LocalDate today, int limit) {
		List<PersonListItem> rows = this.jdbc.sql("select " + COLUMNS + """
				 from person p
				where p.owner_id = :owner and p.due_on <= :today
				order by p.owner_id, p.due_on, p.sort_name, p.id
				limit :limit""")
			.param("owner", ownerId)
			.param("today", PersonRepository.sqlDate(today))
			.param("limit", limit)
			.query(PeopleListing::item)
			.list();
		return withTags(ownerId, rows);
	}

	public Map<Circle, Long> circleCounts(UUID ownerId) {
		Map<Circle, Long> counts = new EnumMap<>(Circle.class);
		this.jdbc.sql("""
				select circle, count(*) as people from person
				where owner_id = :owner and circle is not null
				group by circle""").param("owner", ownerId).query((rs) -> {
			counts.put(PersonRepository.circle(rs.getString("circle")), rs.getLong("people"));
		});
		return counts;
	}

	/** Every tag the member uses, alphabetically. */
	public List<String> tags(UUID ownerId) {
		return this.jdbc.sql("select distinct tag from person_tag where owner_id = :owner order by tag")
			.param("owner", ownerId)
			.query(String.class)
			.list();
	}

	private static FilteredQuery filtered(UUID ownerId, PeopleQuery query) {
		FilteredQuery filtered = FilteredQuery.where("p.owner_id = :owner", "owner", ownerId)
			.andIfSet(query.circle(), "p.circle = :circle", "circle", Circle::code)
			.andIfSet(query.tag(),
					"p.id in (select t.person_id from person_tag t where t.owner_id = :owner and t.tag = :tag)", "tag",
					(tag) -> tag);
		if (query.q() != null) {
			// sort_name is folded, so "jose" finds "José"; the other columns are only
			// lower-cased
			filtered
				.and("(p.sort_name like :folded escape '\\' or lower(p.company) like :lower escape '\\'"
						+ " or lower(p.role) like :lower escape '\\' or lower(p.city) like :lower escape '\\'"
						+ " or p.id in (select t.person_id from person_tag t where t.owner_id = :owner"
						+ " and t.tag like :lower escape '\\'))")
				.param("folded", contains(TextFolding.fold(query.q())))
				.param("lower", contains(query.q().toLowerCase(Locale.ROOT)));
		}
		return filtered;
	}

	/**
	 * The order of a page. It begins with the columns the query pins to one value (the
	 * member, and the circle when filtered): that changes nothing in the result but lets
	 * H2 match the ORDER BY to an index, which it only does column by column from the
	 * first.
	 */
	private static String orderBy(PeopleQuery query) {
		String pinned = query.circle() != null ? "p.owner_id, p.circle, " : "p.owner_id, ";
		return pinned + switch (query.sort()) {
			case NAME -> "p.sort_name, p.id";
			case LAST_MET -> "p.last_met_on desc nulls last, p.sort_name, p.id";
			case DUE -> "p.due_on asc nulls last, p.sort_name, p.id";
			case DEPTH -> "p.depth desc nulls last, p.sort_name, p.id";
		};
	}

	/** A LIKE pattern finding the text anywhere, its own % and _ taken literally. */
	public static String contains(String text) {
		return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
	}

	private List<PersonListItem> withTags(UUID ownerId, List<PersonListItem> rows) {
		if (rows.isEmpty()) {
			return rows;
		}
		Map<UUID, List<String>> tags = tagsOf(ownerId, rows.stream().map(PersonListItem::id).toList());
		return rows.stream().map((row) -> row.withTags(tags.getOrDefault(row.id(), List.of()))).toList();
	}

	private Map<UUID, List<String>> tagsOf(UUID ownerId, Collection<UUID> personIds) {
		Map<UUID, List<String>> tags = new HashMap<>();
		this.jdbc.sql("""
				select person_id, tag from person_tag
				where owner_id = :owner and person_id in (:ids)
				order by tag""").param("owner", ownerId).param("ids", personIds).query((rs) -> {
			tags.computeIfAbsent(rs.getObject("person_id", UUID.class), (id) -> new ArrayList<>())
				.add(rs.getString("tag"));
		});
		return tags;
	}

	private static Double depth(ResultSet rs) throws SQLException {
		java.math.BigDecimal depth = rs.getBigDecimal("depth");
		return (depth != null) ? depth.doubleValue() : null;
	}

	private static PersonListItem item(ResultSet rs, int row) throws SQLException {
		return new PersonListItem(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("company"),
				rs.getString("role"), rs.getString("city"), PersonRepository.circle(rs.getString("circle")),
				(Integer) rs.getObject("cadence_days"), PersonRepository.date(rs, "met_on"),
				PersonRepository.date(rs, "last_met_on"), PersonRepository.date(rs, "due_on"), List.of(), depth(rs));
	}

}

package org.tend.shared;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A list with optional filters, a count and a page: the one way the journal's lists
 * (people, meetings, exchanges, promises) are queried. Conditions are SQL text with named
 * parameters, always written by the repository and never taken from input; only parameter
 * values come from the caller. Pages use the standard
 * {@code offset … rows fetch next … rows only}, which both databases read the same way.
 */
public final class FilteredQuery {

	private final StringBuilder where;

	private final Map<String, Object> params = new HashMap<>();

	private FilteredQuery(String condition) {
		this.where = new StringBuilder(condition);
	}

	/** The condition every row must meet, usually the owner's id. */
	public static FilteredQuery where(String condition, String name, Object value) {
		FilteredQuery query = new FilteredQuery(condition);
		query.params.put(name, value);
		return query;
	}

	/** Adds a condition and its parameter. */
	public FilteredQuery and(String condition, String name, Object value) {
		this.where.append(" and ").append(condition);
		this.params.put(name, value);
		return this;
	}

	/** Adds a condition with no parameter of its own. */
	public FilteredQuery and(String condition) {
		this.where.append(" and ").append(condition);
		return this;
	}

	/**
	 * Adds the condition only when the filter's value is set; the value is turned into
	 * its SQL parameter (a code, a date) by {@code toParameter}.
	 */
	public <T> FilteredQuery andIfSet(T value, String condition, String name, Function<T, ?> toParameter) {
		return (value != null) ? and(condition, name, toParameter.apply(value)) : this;
	}

	/** Adds a parameter used by a condition added without one. */
	public FilteredQuery param(String name, Object value) {
		this.params.put(name, value);
		return this;
	}

	/** The conditions, joined with {@code and}, without the word {@code where}. */
	public String conditions() {
		return this.where.toString();
	}

	/** How many rows of {@code from} (a table and its alias) match. */
	public long count(JdbcClient jdbc, String from) {
		return jdbc.sql("select count(*) from " + from + " where " + this.where)
			.params(this.params)
			.query(Long.class)
			.single();
	}

	/**
	 * A slice of the matching rows: {@code select} is everything before {@code where}
	 * (the columns and the table), {@code orderBy} the columns after {@code order by}.
	 */
	public <T> List<T> slice(JdbcClient jdbc, String select, String orderBy, long offset, int size, RowMapper<T> rows) {
		return jdbc
			.sql(select + " where " + this.where + " order by " + orderBy
					+ " offset :offset rows fetch next :size rows only")
			.params(this.params)
			.param("offset", offset)
			.param("size", size)
			.query(rows)
			.list();
	}

	/** The page asked for, with the total count. */
	public <T> PageOf<T> page(JdbcClient jdbc, String from, String columns, String orderBy, PageRequest page,
			RowMapper<T> rows) {
		long total = count(jdbc, from);
		List<T> items = (total <= page.offset()) ? List.of()
				: slice(jdbc, "select " + columns + " from " + from, orderBy, page.offset(), page.size(), rows);
		return new PageOf<>(items, page.page(), page.size(), total);
	}

}

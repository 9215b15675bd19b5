package org.tend.shared;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.SqlTypeValue;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Writes many rows into one table in the caller's transaction: an import brings tens of
 * thousands of people and hundreds of thousands of search words at once. On PostgreSQL
 * the rows are streamed with {@code COPY ... FROM STDIN}, which the server takes about a
 * third faster than even a rewritten batch of inserts and which costs the client almost
 * nothing to encode; elsewhere (the embedded H2) they go as one JDBC batch. Constraints
 * and indexes apply either way, and an error is the same {@code DataAccessException} a
 * batch would raise.
 */
@Component
public class BulkInsert {

	private static final int CHUNK_CHARS = 64 * 1024;

	/**
	 * Rows from which a table's statistics are refreshed once the insert is committed.
	 */
	static final int ANALYZE_FROM_ROWS = 10_000;

	private static final Logger log = LoggerFactory.getLogger(BulkInsert.class);

	private final DataSource dataSource;

	private final JdbcTemplate jdbc;

	public BulkInsert(DataSource dataSource, JdbcTemplate jdbc) {
		this.dataSource = dataSource;
		this.jdbc = jdbc;
	}

	/**
	 * Inserts {@code rows} into {@code table}, each row's values in the order of
	 * {@code columns}: strings, numbers, booleans, UUIDs, dates ({@link LocalDate},
	 * {@link java.sql.Date}) and instants ({@link Instant}, {@link Timestamp},
	 * {@link OffsetDateTime}), or null.
	 */
	public void insert(Table table, List<Object[]> rows) {
		if (rows.isEmpty()) {
			return;
		}
		Connection connection = DataSourceUtils.getConnection(this.dataSource);
		try {
			if (connection.isWrapperFor(PGConnection.class)) {
				copy(connection.unwrap(PGConnection.class), table, rows);
				if (rows.size() >= ANALYZE_FROM_ROWS) {
					analyzeOnceCommitted(table.name());
				}
			}
			else {
				this.jdbc.batchUpdate(table.insertSql(), rows, table.sqlTypes());
			}
		}
		catch (SQLException ex) {
			throw this.jdbc.getExceptionTranslator().translate("COPY " + table.name(), table.copySql(), ex);
		}
		finally {
			DataSourceUtils.releaseConnection(connection, this.dataSource);
		}
	}

	/**
	 * A PostgreSQL table that just grew by thousands of rows is unknown to the query
	 * planner until autovacuum analyses it, a minute or so later: until then it may plan
	 * each lookup in the member's rows as a scan of all of them, and a second import
	 * right after the first took 45 s instead of a few. So the table is analysed as soon
	 * as the insert is committed (PostgreSQL's advice after a bulk load), on a thread of
	 * its own: the member does not wait for it, and a failure only costs the plans it
	 * would have improved. (H2 analyses a table by itself after a few thousand changes.)
	 */
	private void analyzeOnceCommitted(String table) {
		Runnable analyze = () -> Thread.ofVirtual().name("analyze-" + table).start(() -> {
			try {
				this.jdbc.execute("analyze " + table);
			}
			catch (RuntimeException ex) {
				log.warn("Could not refresh the statistics of {}: {}", table, ex.getMessage());
			}
		});
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					analyze.run();
				}
			});
		}
		else {
			analyze.run();
		}
	}

	private static void copy(PGConnection connection, Table table, List<Object[]> rows) throws SQLException {
		CopyIn copy = connection.getCopyAPI().copyIn(table.copySql());
		try {
			StringBuilder text = new StringBuilder(CHUNK_CHARS + 1024);
			for (Object[] row : rows) {
				appendRow(text, row, table.columns().size());
				if (text.length() >= CHUNK_CHARS) {
					write(copy, text);
				}
			}
			write(copy, text);
			copy.endCopy();
		}
		finally {
			if (copy.isActive()) {
				copy.cancelCopy();
			}
		}
	}

	private static void write(CopyIn copy, StringBuilder text) throws SQLException {
		byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
		copy.writeToCopy(bytes, 0, bytes.length);
		text.setLength(0);
	}

	/** One line of COPY's text format: tab between values, {@code \N} for null. */
	static void appendRow(StringBuilder text, Object[] row, int columns) {
		if (row.length != columns) {
			throw new IllegalArgumentException("a row of " + row.length + " values for " + columns + " columns");
		}
		for (int i = 0; i < row.length; i++) {
			if (i > 0) {
				text.append('\t');
			}
			appendValue(text, row[i]);
		}
		text.append('\n');
	}

	private static void appendValue(StringBuilder text, Object value) {
		if (value == null) {
			text.append("\\N");
		}
		else if (value instanceof CharSequence chars) {
			appendEscaped(text, chars);
		}
		else if (value instanceof Timestamp timestamp) {
			// Timestamp.toString() is the JVM's local time without a zone; the instant is
			// not
			text.append(timestamp.toInstant());
		}
		else if (value instanceof UUID || value instanceof Number || value instanceof Boolean
				|| value instanceof LocalDate || value instanceof java.sql.Date || value instanceof Instant
				|| value instanceof OffsetDateTime) {
			text.append(value);
		}
		else {
			throw new IllegalArgumentException("no COPY text for a " + value.getClass().getName());
		}
	}

	/**
	 * Backslash, tab, newline and carriage return are the characters COPY reads as
	 * syntax.
	 */
	private static void appendEscaped(StringBuilder text, CharSequence chars) {
		for (int i = 0; i < chars.length(); i++) {
			char c = chars.charAt(i);
			switch (c) {
				case '\\' -> text.append("\\\\");
				case '\t' -> text.append("\\t");
				case '\n' -> text.append("\\n");
				case '\r' -> text.append("\\r");
				default -> text.append(c);
			}
		}
	}

	/**
	 * A table and the columns a bulk insert fills, with each column's SQL type
	 * ({@link SqlTypeValue#TYPE_UNKNOWN} where the value's class says enough): without
	 * the type of a nullable column a JDBC driver describes the statement again at each
	 * null.
	 */
	public record Table(String name, List<String> columns, int[] sqlTypes) {

		public Table {
			columns = List.copyOf(columns);
			sqlTypes = sqlTypes.clone();
			if (sqlTypes.length != columns.size()) {
				throw new IllegalArgumentException(columns.size() + " columns but " + sqlTypes.length + " types");
			}
		}

		/** The table with columns whose values all carry their type. */
		public static Table of(String name, String... columns) {
			int[] unknown = new int[columns.length];
			Arrays.fill(unknown, SqlTypeValue.TYPE_UNKNOWN);
			return new Table(name, List.of(columns), unknown);
		}

		String insertSql() {
			return "insert into " + this.name + " (" + String.join(", ", this.columns) + ") values ("
					+ String.join(", ", Collections.nCopies(this.columns.size(), "?")) + ")";
		}

		String copySql() {
			return "copy " + this.name + " (" + String.join(", ", this.columns) + ") from stdin";
		}

	}

}

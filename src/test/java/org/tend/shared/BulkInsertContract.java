package org.tend.shared;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Bulk inserts on a real database, run on H2 (a JDBC batch) and on PostgreSQL (COPY) by
 * the subclasses: whatever the path, what is read back is what was written.
 */
@Transactional
abstract class BulkInsertContract {

	static final BulkInsert.Table PROBE = BulkInsert.Table.of("bulk_probe", "id", "label", "amount", "on_day",
			"at_instant", "at_timestamp", "flag");

	@Autowired
	BulkInsert bulk;

	@Autowired
	JdbcClient jdbc;

	/** A scratch table that lives as long as the test's transaction. */
	abstract String createProbeTable();

	@BeforeEach
	void probeTable() {
		this.jdbc.sql(createProbeTable()).update();
	}

	@Test
	void readsBackEveryValueAsWrittenWhateverItsCharacters() {
		Instant instant = Instant.parse("2026-03-29T01:30:00.123456Z");
		List<String> labels = List.of("plain", "tab\there", "line\nbreak", "carriage\rreturn", "back\\slash",
				"\\N is not null", "", "quotes \"and\" 'apostrophes', commas", "Zoë 小龍 Дмитрий 🌱", "ends with \\");
		List<Object[]> rows = new ArrayList<>();
		for (int i = 0; i < labels.size(); i++) {
			rows.add(new Object[] { UUID.randomUUID(), labels.get(i), i, LocalDate.of(2025, 12, 22).plusDays(i),
					instant.plusSeconds(i), Timestamp.from(instant.minusSeconds(i)), i % 2 == 0 });
		}

		this.bulk.insert(PROBE, rows);

		List<Map<String, Object>> read = this.jdbc
			.sql("select id, label, amount, on_day, at_instant, at_timestamp, flag from bulk_probe order by amount")
			.query()
			.listOfRows();
		assertThat(read).hasSize(labels.size());
		for (int i = 0; i < labels.size(); i++) {
			Map<String, Object> row = read.get(i);
			assertThat(row.get("id")).isEqualTo(rows.get(i)[0]);
			assertThat(row.get("label")).isEqualTo(labels.get(i));
			assertThat(((Number) row.get("amount")).intValue()).isEqualTo(i);
			assertThat(row.get("on_day")).hasToString(LocalDate.of(2025, 12, 22).plusDays(i).toString());
			assertThat(instantOf(row.get("at_instant"))).isEqualTo(instant.plusSeconds(i));
			assertThat(instantOf(row.get("at_timestamp"))).isEqualTo(instant.minusSeconds(i));
			assertThat(row.get("flag")).isEqualTo(i % 2 == 0);
		}
	}

	@Test
	void writesNullsInEveryColumnThatTakesThem() {
		UUID id = UUID.randomUUID();

		this.bulk.insert(PROBE, List.<Object[]>of(new Object[] { id, null, null, null, null, null, null }));

		Map<String, Object> row = this.jdbc.sql("select * from bulk_probe where id = :id")
			.param("id", id)
			.query()
			.singleRow();
		assertThat(row.values()).containsExactly(id, null, null, null, null, null, null);
	}

	@Test
	void writesRowsBeyondOneChunkOfText() {
		List<Object[]> rows = new ArrayList<>();
		String long_label = "x".repeat(5000);
		for (int i = 0; i < 100; i++) {
			rows.add(new Object[] { UUID.randomUUID(), long_label + i, i, null, null, null, true });
		}

		this.bulk.insert(PROBE, rows);

		assertThat(this.jdbc.sql("select label from bulk_probe order by amount").query(String.class).list())
			.containsExactlyElementsOf(
					Arrays.stream(rows.toArray(Object[][]::new)).map((row) -> (String) row[1]).toList());
	}

	@Test
	void refusesARowTheTableRefusesWithTheSpringError() {
		UUID id = UUID.randomUUID();
		List<Object[]> rows = List.of(new Object[] { id, "first", 1, null, null, null, true },
				new Object[] { id, "same id again", 2, null, null, null, true });

		assertThatThrownBy(() -> this.bulk.insert(PROBE, rows)).isInstanceOf(DataIntegrityViolationException.class);
	}

	@Test
	void writesNothingForNoRows() {
		this.bulk.insert(PROBE, List.of());

		assertThat(this.jdbc.sql("select count(*) from bulk_probe").query(Long.class).single()).isZero();
	}

	private static Instant instantOf(Object value) {
		return switch (value) {
			case Timestamp timestamp -> timestamp.toInstant();
			case java.time.OffsetDateTime offset -> offset.toInstant();
			default -> throw new AssertionError("not a point in time: " + value.getClass());
		};
	}

}

package org.tend.shared;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.tend.support.OnPostgres;

import static org.assertj.core.api.Assertions.assertThat;

@OnPostgres
@Import(BulkInsert.class)
class BulkInsertPostgresTests extends BulkInsertContract {

	@Autowired
	PlatformTransactionManager transactions;

	@Override
	String createProbeTable() {
		return """
				create temporary table bulk_probe (id uuid primary key, label varchar(6000), amount integer,
				    on_day date, at_instant timestamp with time zone, at_timestamp timestamp with time zone,
				    flag boolean) on commit drop""";
	}

	@Test
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	void analysesATableThatGrewByThousandsOnceTheInsertIsCommitted() throws InterruptedException {
		String table = "bulk_probe_" + UUID.randomUUID().toString().replace("-", "");
		this.jdbc.sql("create table " + table + " (id uuid primary key, amount integer)").update();
		try {
			BulkInsert.Table probe = BulkInsert.Table.of(table, "id", "amount");
			List<Object[]> rows = IntStream.range(0, BulkInsert.ANALYZE_FROM_ROWS)
				.mapToObj((i) -> new Object[] { UUID.randomUUID(), i })
				.toList();
			new TransactionTemplate(this.transactions).executeWithoutResult((status) -> {
				this.bulk.insert(probe, rows);
				assertThat(analysed(table)).as("not before the commit").isFalse();
			});

			Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
			while (!analysed(table) && Instant.now().isBefore(deadline)) {
				Thread.sleep(100);
			}
			assertThat(analysed(table)).as("analysed after the commit").isTrue();
			assertThat(this.jdbc.sql("select reltuples from pg_class where relname = :table")
				.param("table", table)
				.query(Float.class)
				.single()).isEqualTo((float) BulkInsert.ANALYZE_FROM_ROWS);
		}
		finally {
			this.jdbc.sql("drop table " + table).update();
		}
	}

	private boolean analysed(String table) {
		return this.jdbc.sql("select last_analyze is not null from pg_stat_user_tables where relname = :table")
			.param("table", table)
			.query(Boolean.class)
			.single();
	}

}

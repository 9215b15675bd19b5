package org.tend.shared;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.test.context.TestPropertySource;
import org.tend.support.JsonApi;
import org.tend.support.JsonApi.Caller;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded file database's nightly backup: taken while the application runs, restored
 * into a fresh folder it holds the whole journal, and old backups go.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = { "tend.data-dir=target/backup-test",
		"spring.datasource.url=jdbc:h2:file:${tend.data-dir}/tend;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
				+ "DEFAULT_NULL_ORDERING=HIGH;LOCK_TIMEOUT=10000",
		"tend.backup.keep=3d" })
class EmbeddedDatabaseBackupTests {

	@LocalServerPort
	int port;

	@Autowired
	EmbeddedDatabaseBackup backup;

	@Autowired
	JdbcClient jdbc;

	@TempDir
	Path restored;

	@Test
	void aRestoredBackupHoldsTheWholeJournal() throws Exception {
		Caller zoe = new JsonApi(this.port).newMember("Zoë");
		String person = zoe.create("/api/v1/people", Map.of("name", "Zoë Ñúñez 🌱", "company", "Acme")).toString();
		zoe.create("/api/v1/people/" + person + "/notes", Map.of("kind", "project", "text", "Kelp forests"));
		zoe.create("/api/v1/meetings", Map.of("personIds", List.of(person), "kind", "coffee", "startsAt",
				"2026-11-20T09:30:00Z", "status", "happened"));
		zoe.create("/api/v1/promises", Map.of("personId", person, "owner", "me", "text", "Send the grant call"));
		Map<String, Long> live = settledCounts();

		Path file = this.backup.backUp().orElseThrow();

		assertThat(file).isRegularFile().hasParent(Path.of("target/backup-test/backups").toAbsolutePath());
		unzip(file, this.restored);
		SingleConnectionDataSource restoredDatabase = new SingleConnectionDataSource("jdbc:h2:file:"
				+ this.restored.resolve("tend") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;" + "IFEXISTS=TRUE", "sa",
				"", true);
		try {
			JdbcClient restoredJdbc = JdbcClient.create(restoredDatabase);
			assertThat(counts(restoredJdbc)).isEqualTo(live);
			assertThat(restoredJdbc.sql("select name from person where id = :id")
				.param("id", UUID.fromString(person))
				.query(String.class)
				.single()).isEqualTo("Zoë Ñúñez 🌱");
			assertThat(restoredJdbc.sql("select body from listening_note where person_id = :id")
				.param("id", UUID.fromString(person))
				.query(String.class)
				.list()).containsExactly("Kelp forests");
		}
		finally {
			restoredDatabase.destroy();
		}
	}

	@Test
	void backupsOlderThanTheKeptDaysAreDeleted() throws IOException {
		Path folder = Path.of("target/backup-test/backups").toAbsolutePath();
		Files.createDirectories(folder);
		Path old = Files.createFile(folder.resolve(name(Instant.now().minus(4, ChronoUnit.DAYS))));
		Path recent = Files.createFile(folder.resolve(name(Instant.now().minus(2, ChronoUnit.DAYS))));

		Path made = this.backup.backUp().orElseThrow();

		assertThat(this.backup.backups()).contains(recent, made).doesNotContain(old);
		assertThat(old).doesNotExist();
	}

	@Test
	void theNightlyJobIsLockedForOneInstanceAtATime() throws NoSuchMethodException {
		var nightly = EmbeddedDatabaseBackup.class.getMethod("nightly");

		assertThat(nightly.getAnnotation(net.javacrumbs.shedlock.spring.annotation.SchedulerLock.class).name())
			.isEqualTo("embedded-database-backup");
		assertThat(nightly.getAnnotation(org.springframework.scheduling.annotation.Scheduled.class).cron())
			.isEqualTo("${tend.backup.cron:0 30 3 * * *}");
	}

	private static String name(Instant made) {
		return "tend-" + made.toString().substring(0, 19).replace("-", "").replace(":", "") + "Z.zip";
	}

	/** The counts once the listeners (depth, search words) are done writing. */
	private Map<String, Long> settledCounts() throws InterruptedException {
		Map<String, Long> before = counts(this.jdbc);
		for (int attempt = 0; attempt < 50; attempt++) {
			Thread.sleep(300);
			Map<String, Long> now = counts(this.jdbc);
			if (now.equals(before)) {
				return now;
			}
			before = now;
		}
		throw new IllegalStateException("the database kept changing");
	}

	/** Rows per table, for every table the information schema lists. */
	private static Map<String, Long> counts(JdbcClient jdbc) {
		Map<String, Long> counts = new LinkedHashMap<>();
		for (String table : jdbc.sql("""
				select table_name from information_schema.tables
				where table_schema = current_schema and table_type = 'BASE TABLE' order by table_name""")
			.query(String.class)
			.list()) {
			counts.put(table, jdbc.sql("select count(*) from " + table).query(Long.class).single());
		}
		return counts;
	}

	private static void unzip(Path zip, Path into) throws IOException {
		try (ZipInputStream entries = new ZipInputStream(Files.newInputStream(zip))) {
			for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
				Path target = into.resolve(entry.getName()).normalize();
				if (!target.startsWith(into)) {
					throw new IOException("a zip entry outside the folder: " + entry.getName());
				}
				copy(entries, target);
			}
		}
	}

	private static void copy(InputStream in, Path target) throws IOException {
		Files.createDirectories(target.getParent());
		Files.copy(in, target);
	}

}

package org.tend.shared;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The embedded database backs itself up every night into {@code backups/} in the data
 * folder, online (H2's {@code BACKUP TO} copies a consistent state while the application
 * keeps writing), and backups older than {@code tend.backup.keep} go. A PostgreSQL server
 * is backed up by its operator ({@code pg_dump}, see docs/operations.md): the job does
 * nothing there, nor on an in-memory database.
 */
@Component
public class EmbeddedDatabaseBackup {

	static final String FOLDER = "backups";

	private static final DateTimeFormatter NAME = DateTimeFormatter.ofPattern("'tend-'yyyyMMdd'T'HHmmss'Z.zip'")
		.withZone(ZoneOffset.UTC);

	private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseBackup.class);

	private final DataSource dataSource;

	private final Path folder;

	private final Duration keep;

	private final Clock clock;

	EmbeddedDatabaseBackup(DataSource dataSource, @Value("${tend.data-dir}") Path dataDirectory,
			@Value("${tend.backup.keep:7d}") Duration keep, Clock clock) {
		this.dataSource = dataSource;
		this.folder = dataDirectory.resolve(FOLDER);
		this.keep = keep;
		this.clock = clock;
	}

	@Scheduled(cron = "${tend.backup.cron:0 30 3 * * *}")
	@SchedulerLock(name = "embedded-database-backup", lockAtMostFor = "PT1H",
			lockAtLeastFor = "${tend.jobs.lock-at-least-for:PT20S}")
	public void nightly() {
		backUp();
	}

	/**
	 * Writes a backup of the embedded file database and deletes the expired ones; answers
	 * the new backup, or nothing on another database.
	 */
	public Optional<Path> backUp() {
		if (!embeddedFileDatabase()) {
			return Optional.empty();
		}
		Instant now = this.clock.instant();
		Path backup = this.folder.resolve(NAME.format(now));
		try {
			Files.createDirectories(this.folder);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		JdbcClient.create(this.dataSource)
			.sql("backup to '" + backup.toAbsolutePath().toString().replace("'", "''") + "'")
			.update();
		List<Path> deleted = deleteOlderThan(now.minus(this.keep));
		log.info("Backed the database up to {}; {} older backups deleted", backup, deleted.size());
		return Optional.of(backup);
	}

	/** The backups kept, oldest first. */
	public List<Path> backups() {
		if (!Files.isDirectory(this.folder)) {
			return List.of();
		}
		try (Stream<Path> files = Files.list(this.folder)) {
			return files.filter((file) -> file.getFileName().toString().matches("tend-\\d{8}T\\d{6}Z\\.zip"))
				.sorted()
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private List<Path> deleteOlderThan(Instant cutoff) {
		List<Path> deleted = new ArrayList<>();
		for (Path backup : backups()) {
			Instant made = Instant.from(NAME.parse(backup.getFileName().toString()));
			if (made.isBefore(cutoff)) {
				try {
					Files.deleteIfExists(backup);
					deleted.add(backup);
				}
				catch (IOException ex) {
					log.warn("Could not delete the old backup {}: {}", backup, ex.getMessage());
				}
			}
		}
		return deleted;
	}

	private boolean embeddedFileDatabase() {
		try (Connection connection = this.dataSource.getConnection()) {
			String url = connection.getMetaData().getURL();
			return url.startsWith("jdbc:h2:file:") || (url.startsWith("jdbc:h2:") && !url.startsWith("jdbc:h2:mem:")
					&& !url.startsWith("jdbc:h2:tcp:") && !url.startsWith("jdbc:h2:ssl:"));
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot tell which database this is", ex);
		}
	}

}

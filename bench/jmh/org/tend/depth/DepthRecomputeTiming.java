package org.tend.depth;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tend.TendApplication;
import org.tend.meetings.MeetingKind;
import org.tend.meetings.MeetingStatus;
import org.tend.meetings.MeetingsService;
import org.tend.meetings.NewMeeting;

/**
 * The database side of depth: a journal of 5,000 people (25,000 meetings, 10,000
 * exchanges, 5,000 notes) recomputed in batches, one person recomputed, and one meeting
 * saved with its recompute after commit. Not a JMH benchmark (each run needs a whole
 * application); it times a few repetitions after a warm-up and prints them.
 *
 * <p>
 * Run with {@code bench/jmh.sh} 's class path:
 * {@code java -cp ... org.tend.depth.DepthRecomputeTiming [jdbc-url]} (H2 in memory
 * without one) — see bench/RESULTS.md.
 */
public final class DepthRecomputeTiming {

	static final int PEOPLE = 5_000;

	private DepthRecomputeTiming() {
	}

	public static void main(String[] args) {
		List<String> options = new ArrayList<>(List.of("--server.port=0", "--tend.scheduling.enabled=false",
				"--logging.level.root=WARN"));
		if (args.length > 0) {
			options.add("--spring.datasource.url=" + args[0]);
			options.add("--spring.datasource.username=" + ((args.length > 1) ? args[1] : "postgres"));
			options.add("--spring.datasource.password=" + ((args.length > 2) ? args[2] : ""));
		}
		try (ConfigurableApplicationContext app = SpringApplication.run(TendApplication.class,
				options.toArray(String[]::new))) {
			UUID owner = journal(app.getBean(JdbcTemplate.class), app.getBean(Clock.class).instant());
			DepthService depth = app.getBean(DepthService.class);
			MeetingsService meetings = app.getBean(MeetingsService.class);
			List<UUID> ids = app.getBean(org.tend.people.PeopleService.class).personIds(owner);
			for (int run = 0; run < 4; run++) {
				long start = System.nanoTime();
				int scored = depth.recomputeJournal(owner);
				System.out.printf("full recompute of %d people: %d ms%n", scored, (System.nanoTime() - start) / 1_000_000);
			}
			time("recompute of one person", 200, (i) -> depth.recompute(owner, Set.of(ids.get(i % ids.size()))));
			time("one meeting saved + its recompute after commit", 100,
					(i) -> meetings.create(owner, ZoneOffset.UTC,
							new NewMeeting(List.of(ids.get(i % ids.size())), MeetingKind.COFFEE, null,
									Instant.now().minus(1, ChronoUnit.DAYS), 45, null, MeetingStatus.HAPPENED, null,
									null)));
		}
	}

	private static void time(String what, int times, java.util.function.IntConsumer action) {
		for (int i = 0; i < times; i++) {
			action.accept(i);
		}
		long start = System.nanoTime();
		for (int i = 0; i < times; i++) {
			action.accept(times + i);
		}
		System.out.printf("%s: %.2f ms on average over %d%n", what, (System.nanoTime() - start) / 1e6 / times, times);
	}

	/** A member with 5,000 people, written straight to the tables for speed. */
	private static UUID journal(JdbcTemplate jdbc, Instant now) {
		Random random = new Random(7);
		UUID owner = UUID.randomUUID();
		Timestamp created = Timestamp.from(now);
		jdbc.update("insert into account (id, email, password_hash, display_name, created_at) values (?, ?, 'x', ?, ?)",
				owner, owner + "@example.org", "Bench", created);
		List<Object[]> people = new ArrayList<>();
		List<Object[]> notes = new ArrayList<>();
		List<Object[]> exchanges = new ArrayList<>();
		List<UUID> ids = new ArrayList<>();
		for (int p = 0; p < PEOPLE; p++) {
			UUID id = UUID.randomUUID();
			ids.add(id);
			people.add(new Object[] { id, owner, "Zoë " + p, "zoe " + p, created, created });
			notes.add(new Object[] { UUID.randomUUID(), owner, id, "project", "Seeds " + p,
					java.sql.Date.valueOf("2026-01-01"), created });
			for (int e = 0; e < 2; e++) {
				exchanges.add(new Object[] { UUID.randomUUID(), owner, id, random.nextBoolean() ? "given" : "received",
						"advice", "Advice", java.sql.Date.valueOf("2026-02-01"), created });
			}
		}
		jdbc.batchUpdate("insert into person (id, owner_id, name, sort_name, created_at, updated_at) values (?, ?, ?, ?, ?, ?)",
				people);
		jdbc.batchUpdate("insert into listening_note (id, owner_id, person_id, kind, body, noted_on, created_at)"
				+ " values (?, ?, ?, ?, ?, ?, ?)", notes);
		jdbc.batchUpdate("insert into exchange (id, owner_id, person_id, direction, kind, description, happened_on,"
				+ " created_at) values (?, ?, ?, ?, ?, ?, ?, ?)", exchanges);
		List<Object[]> meetingRows = new ArrayList<>();
		List<Object[]> attendance = new ArrayList<>();
		for (int m = 0; m < PEOPLE * 5; m++) {
			UUID id = UUID.randomUUID();
			meetingRows.add(new Object[] { id, owner, "coffee", "in_person",
					Timestamp.from(now.minus(random.nextInt(900), ChronoUnit.DAYS)), 60, "happened", created, created });
			UUID first = ids.get(random.nextInt(PEOPLE));
			attendance.add(new Object[] { id, first, owner });
			if (m % 5 == 0) {
				UUID second = ids.get(random.nextInt(PEOPLE));
				if (!second.equals(first)) {
					attendance.add(new Object[] { id, second, owner });
				}
			}
		}
		jdbc.batchUpdate("insert into meeting (id, owner_id, kind, mode, starts_at, duration_minutes, status, created_at,"
				+ " updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)", meetingRows);
		jdbc.batchUpdate("insert into meeting_person (meeting_id, person_id, owner_id) values (?, ?, ?)", attendance);
		return owner;
	}

}

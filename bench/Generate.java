// Generates one member with a large journal through Tend's public REST API, so that every
// index, search entry and derived field is exactly what the application itself writes.
//
//   java bench/Generate.java http://localhost:8080 5000 100000 bench/out
//
// Prints the member's email, password and token, and writes bench/out/person-ids.txt and
// bench/out/words.txt for the load script. Needs only a JDK (21+): no build, no dependencies.

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public class Generate {

	static final String[] FIRST = { "Ana", "Bo", "Chen", "Dolores", "Émile", "Fatima", "Gustavo", "Hana", "Ivan",
			"Jürgen", "Kemi", "Lucía", "Mateo", "Nadia", "Oscar", "Priya", "Quentin", "Rosa", "Søren", "Tomás",
			"Uma", "Valentina", "Wei", "Ximena", "Yusuf", "Zoë", "李", "Ngozi", "Aiko", "Björn" };

	static final String[] LAST = { "García", "Okafor", "Lindqvist", "Nakamura", "Novak", "Haddad", "Moreau",
			"Fernández", "Kowalski", "O'Brien", "Singh", "Ferreira", "Müller", "Rossi", "Dubois", "Kim", "Ivanova",
			"Mensah", "Costa", "Yilmaz", "小龍", "Nguyen", "Schmidt", "López", "Andersen" };

	static final String[] COMPANIES = { "Acme Climate", "Northwind Data", "Solaria", "Blue Harbour Labs",
			"Kestrel Health", "Fjord Analytics", "Tidewater Energy", "Open Orchard", "Lumen Robotics",
			"Granite Bank", "Atlas Mobility", "Civic Works" };

	static final String[] ROLES = { "Data engineer", "Product manager", "Founder", "Designer", "CTO",
			"Researcher", "Sales lead", "Engineering manager", "Analyst", "Recruiter" };

	static final String[] CITIES = { "Madrid", "Lisbon", "Berlin", "Málaga", "Paris", "London", "Amsterdam",
			"Lagos", "Tokyo", "Seoul", "New York", "São Paulo" };

	static final String[] TAGS = { "climate", "data", "hiring", "design", "ai", "fintech", "health", "mobility",
			"open-source", "mentor", "investor", "writing", "energy", "education" };

	static final String[] CIRCLES = { "inner", "close", "close", "active", "active", "active", "wider", "wider",
			"wider", "wider" };

	static final String[] PHRASES = { "building a climate dataset for cities", "hiring two data engineers",
			"moving to a four-day week", "launching a podcast about energy", "looking for a mentor in product",
			"raising a seed round", "learning Portuguese", "writing a book on open source",
			"struggling with a reorganisation", "wants to start a company", "training for a marathon",
			"exploring a move to Lisbon", "redesigning the onboarding", "measuring carbon in supply chains",
			"teaching a course on statistics" };

	static final String[] KINDS = { "coffee", "coffee", "coffee", "lunch", "walk", "call", "video", "dinner",
			"tapas", "message", "event", "cocktails" };

	public static void main(String[] args) throws Exception {
		String base = args.length > 0 ? args[0] : "http://localhost:8080";
		int peopleCount = args.length > 1 ? Integer.parseInt(args[1]) : 5000;
		int meetingCount = args.length > 2 ? Integer.parseInt(args[2]) : 100000;
		Path out = Path.of(args.length > 3 ? args[3] : "bench/out");
		Files.createDirectories(out);
		HttpClient http = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(10))
			.executor(Executors.newVirtualThreadPerTaskExecutor())
			.build();

		String email = "bench-" + System.currentTimeMillis() + "@example.org";
		String password = "bench password 2026";
		String created = send(http, base, null, "POST", "/api/v1/accounts",
				"{\"email\":\"" + email + "\",\"password\":\"" + password + "\",\"displayName\":\"Bench Member\"}");
		String token = field(created, "token");
		Instant started = Instant.now();

		List<String> personIds = Collections.synchronizedList(new ArrayList<>());
		parallel(peopleCount, (i) -> {
			Random r = new Random(i);
			String name = pick(r, FIRST) + " " + pick(r, LAST) + " " + i;
			String body = "{\"name\":" + json(name) + ",\"company\":" + json(pick(r, COMPANIES)) + ",\"role\":"
					+ json(pick(r, ROLES)) + ",\"city\":" + json(pick(r, CITIES)) + ",\"circle\":"
					+ json(pick(r, CIRCLES)) + ",\"tags\":[" + json(pick(r, TAGS)) + "," + json(pick(r, TAGS))
					+ "],\"emails\":[" + json("person" + i + "@example.org") + "],\"howWeMet\":"
					+ json("Met at a meetup about " + pick(r, TAGS)) + "}";
			String person = send(http, base, token, "POST", "/api/v1/people", body);
			String id = field(person, "id");
			personIds.add(id);
			for (String kind : new String[] { "project", "challenge" }) {
				send(http, base, token, "POST", "/api/v1/people/" + id + "/notes",
						"{\"kind\":\"" + kind + "\",\"text\":" + json(pick(r, PHRASES) + " (" + i + ")") + "}");
			}
		});
		System.out.printf("people: %d in %ds%n", personIds.size(), secondsSince(started));

		List<String> ids = List.copyOf(personIds);
		Instant meetingsStarted = Instant.now();
		LocalDate today = LocalDate.now();
		parallel(meetingCount, (i) -> {
			Random r = new Random(1_000_000L + i);
			String person = ids.get(r.nextInt(ids.size()));
			Instant when = today.minusDays(r.nextInt(5 * 365) - 30).atTime(8 + r.nextInt(12), 0)
				.toInstant(java.time.ZoneOffset.UTC);
			boolean past = when.isBefore(Instant.now());
			String status = !past ? "planned" : (r.nextInt(10) == 0 ? "cancelled" : "happened");
			String reflection = "happened".equals(status) ? ",\"reflection\":{\"learned\":"
					+ json("They are " + pick(r, PHRASES)) + ",\"shared\":" + json(pick(r, PHRASES))
					+ ",\"adviceOffered\":" + json("Talk to someone " + pick(r, PHRASES)) + ",\"nextStep\":"
					+ json("Send the article on " + pick(r, TAGS)) + "}" : "";
			send(http, base, token, "POST", "/api/v1/meetings",
					"{\"personIds\":[\"" + person + "\"],\"kind\":\"" + pick(r, KINDS) + "\",\"mode\":\""
							+ (r.nextInt(3) == 0 ? "virtual" : "in_person") + "\",\"startsAt\":\"" + when
							+ "\",\"durationMinutes\":" + (30 + 15 * r.nextInt(6)) + ",\"place\":"
							+ json(pick(r, CITIES)) + ",\"status\":\"" + status + "\"" + reflection + "}");
			if (i % 10 == 0) {
				send(http, base, token, "POST", "/api/v1/exchanges",
						"{\"personId\":\"" + person + "\",\"direction\":\"" + (r.nextBoolean() ? "given" : "received")
								+ "\",\"kind\":\"advice\",\"description\":" + json("Advice on " + pick(r, PHRASES))
								+ "}");
			}
			if (i % 20 == 0) {
				send(http, base, token, "POST", "/api/v1/promises",
						"{\"personId\":\"" + person + "\",\"owner\":\"" + (r.nextBoolean() ? "me" : "them")
								+ "\",\"text\":" + json("Send the article on " + pick(r, TAGS)) + ",\"due\":\""
								+ today.plusDays(r.nextInt(60) - 30) + "\"}");
			}
		});
		System.out.printf("meetings: %d in %ds%n", meetingCount, secondsSince(meetingsStarted));

		Files.write(out.resolve("person-ids.txt"), ids);
		Files.write(out.resolve("words.txt"), List.of("climate", "hiring", "lisbon", "garcia", "podcast", "data",
				"marathon", "mentor", "carbon", "seed round"));
		Files.writeString(out.resolve("member.env"), "BENCH_EMAIL=" + email + "\nBENCH_PASSWORD='" + password
				+ "'\nBENCH_TOKEN=" + token + "\n");
		System.out.printf("done in %ds: %s%n", secondsSince(started), out.resolve("member.env"));
	}

	interface Task {

		void run(int i) throws Exception;

	}

	/** Runs the tasks 32 at a time on virtual threads, stopping at the first failure. */
	static void parallel(int count, Task task) throws Exception {
		Semaphore slots = new Semaphore(32);
		AtomicInteger done = new AtomicInteger();
		List<Exception> failures = Collections.synchronizedList(new ArrayList<>());
		try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
			for (int i = 0; i < count && failures.isEmpty(); i++) {
				int n = i;
				slots.acquire();
				executor.submit(() -> {
					try {
						task.run(n);
						int finished = done.incrementAndGet();
						if (finished % 10000 == 0) {
							System.out.printf("  %d/%d%n", finished, count);
						}
					}
					catch (Exception ex) {
						failures.add(ex);
					}
					finally {
						slots.release();
					}
				});
			}
		}
		if (!failures.isEmpty()) {
			throw failures.get(0);
		}
	}

	static String send(HttpClient http, String base, String token, String method, String path, String body)
			throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
			.timeout(Duration.ofSeconds(60))
			.header("Content-Type", "application/json")
			.method(method, HttpRequest.BodyPublishers.ofString(body));
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() >= 300) {
			throw new IllegalStateException(method + " " + path + " -> " + response.statusCode() + ": "
					+ response.body() + "\nrequest: " + body);
		}
		return response.body();
	}

	static String field(String json, String name) {
		Matcher matcher = Pattern.compile("\"" + name + "\"\\s*:\\s*\"([^\"]+)\"").matcher(json);
		if (!matcher.find()) {
			throw new IllegalStateException("no " + name + " in " + json);
		}
		return matcher.group(1);
	}

	static String json(String text) {
		StringBuilder out = new StringBuilder("\"");
		for (char c : text.toCharArray()) {
			switch (c) {
				case '"' -> out.append("\\\"");
				case '\\' -> out.append("\\\\");
				case '\n' -> out.append("\\n");
				default -> out.append(c);
			}
		}
		return out.append('"').toString();
	}

	static String pick(Random random, String[] values) {
		return values[random.nextInt(values.length)];
	}

	static long secondsSince(Instant start) {
		return ChronoUnit.SECONDS.between(start, Instant.now());
	}

}

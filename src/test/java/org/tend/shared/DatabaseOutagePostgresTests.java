package org.tend.shared;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URI;
import java.sql.Timestamp;
import java.util.Objects;
import java.time.Instant;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntSupplier;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.tend.accounts.HttpVisitor;
import org.tend.accounts.HttpVisitor.Page;
import org.tend.support.AppOnPostgres;
import org.tend.support.JsonApi;
import org.tend.support.JsonApi.Caller;
import org.tend.support.JsonApi.Member;
import org.tend.support.JsonApi.Reply;
import org.tend.support.PostgresAvailable;
import org.tend.support.TcpProxy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * PostgreSQL goes away under traffic and comes back: the application reaches it through a
 * relay the test cuts (the shared server itself is left alone). Meanwhile every page
 * answers 503 with a calm page, the API a 503 problem; what was answered as saved is
 * there whole afterwards; and the same instance works again without a restart.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.hikari.connection-timeout=2000",
				"spring.datasource.hikari.validation-timeout=1000", "spring.datasource.hikari.maximum-pool-size=5" })
@ExtendWith(PostgresAvailable.class)
// closed after the class: its pool would otherwise keep calling the closed relay, and
// log errors into the output other tests check
@DirtiesContext
class DatabaseOutagePostgresTests {

	private static TcpProxy relay;

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@DynamicPropertySource
	static void throughTheRelay(DynamicPropertyRegistry registry) {
		String url = PostgresAvailable.url().orElseThrow();
		URI server = URI.create(url.substring("jdbc:".length()));
		relay = new TcpProxy(server.getHost(), (server.getPort() > 0) ? server.getPort() : 5432);
		registry.add("spring.datasource.url",
				() -> url.replace(server.getHost() + ":" + server.getPort(), "127.0.0.1:" + relay.port()));
		registry.add("spring.datasource.username", () -> System.getProperty("tend.test.postgres.username", "postgres"));
		registry.add("spring.datasource.password", () -> System.getProperty("tend.test.postgres.password", ""));
		registry.add("spring.datasource.hikari.schema", () -> AppOnPostgres.SCHEMA);
		registry.add("spring.flyway.schemas", () -> AppOnPostgres.SCHEMA);
	}

	@AfterAll
	static void closeRelay() {
		relay.close();
	}

	@Test
	void pagesAnswer503WhileTheDatabaseIsAwayAndWorkAgainWhenItIsBack() throws Exception {
		JsonApi api = new JsonApi(this.port);
		Member member = api.signUp(JsonApi.uniqueEmail("zoe"), "a long enough password", "Zoë");
		Caller zoe = api.as(member);
		HttpVisitor browser = new HttpVisitor(this.port);
		assertThat(browser.signIn(member.email(), "a long enough password").location()).endsWith("/today");
		assertThat(browser.get("/people").status()).isEqualTo(200);

		Map<String, Integer> answers = new ConcurrentHashMap<>();
		Set<String> saved = ConcurrentHashMap.newKeySet();
		AtomicBoolean writing = new AtomicBoolean(true);
		AtomicInteger sequence = new AtomicInteger();
		Thread traffic = Thread.ofVirtual().start(() -> {
			while (writing.get()) {
				String name = "Person " + sequence.incrementAndGet();
				Reply reply = zoe.post("/api/v1/people", Map.of("name", name, "company", "Acme " + name));
				answers.merge(Integer.toString(reply.status()), 1, Integer::sum);
				if (reply.status() == 201) {
					saved.add(name);
				}
			}
		});
		Thread.sleep(500);

		relay.cut();
		try {
			Thread.sleep(500);
			Page page = browser.get("/people");
			assertThat(page.status()).isEqualTo(503);
			assertThat(page.header("Retry-After")).hasValue("30");
			assertThat(page.body()).contains("Back in a moment").doesNotContain("Exception", "SQL", "at org.");
			Reply problem = zoe.get("/api/v1/people");
			assertThat(problem.status()).isEqualTo(503);
			assertThat(problem.contentType()).startsWith("application/problem+json");
			// a background job tries its lock while the database is away, and fails
			assertThatException().isThrownBy(this::sendMail);
		}
		finally {
			relay.mend();
		}

		awaitOk(() -> browser.get("/people").status());
		writing.set(false);
		traffic.join(Duration.ofSeconds(30));

		assertThat(answers).containsKey("201").containsKey("503");
		assertThat(answers.keySet()).as("every answer during the outage").isSubsetOf("201", "503");
		List<String> names = zoe.get("/api/v1/people?size=200")
			.json()
			.get("items")
			.valueStream()
			.map((person) -> person.get("name").asString() + "|" + person.get("company").asString())
			.toList();
		assertThat(names).as("what was answered as saved")
			.containsAll(saved.stream().map((name) -> name + "|Acme " + name).toList());
		assertThat(zoe.post("/api/v1/people", Map.of("name", "After the outage")).status()).isEqualTo(201);
		assertThat(browser.get("/people").body()).contains("After the outage");
		Timestamp before = outboxLockedAt();
		// a run already holding the lock (the sender drains full batches for a while)
		// makes
		// this call skip: try again until the lock is free, as the scheduler would
		Instant giveUp = Instant.now().plusSeconds(30);
		do {
			sendMail();
		}
		while (Objects.equals(outboxLockedAt(), before) && Instant.now().isBefore(giveUp) && pause());
		assertThat(outboxLockedAt()).as("the outbox job took its lock again after the outage").isNotEqualTo(before);
	}

	private static boolean pause() throws InterruptedException {
		Thread.sleep(200);
		return true;
	}

	private Timestamp outboxLockedAt() {
		return this.jdbc.sql("select locked_at from shedlock where name = 'mail-outbox'")
			.query(Timestamp.class)
			.optional()
			.orElse(null);
	}

	/** The outbox job through its lock, as the scheduler calls it. */
	private void sendMail() throws Exception {
		Object sender = this.context.getBean(Class.forName("org.tend.mail.internal.OutboxSender"));
		Method send = sender.getClass().getMethod("sendDue");
		send.setAccessible(true);
		try {
			send.invoke(sender);
		}
		catch (InvocationTargetException ex) {
			throw (ex.getCause() instanceof Exception cause) ? cause : ex;
		}
	}

	private static void awaitOk(IntSupplier status) throws InterruptedException {
		for (int attempt = 0; attempt < 60; attempt++) {
			if (status.getAsInt() == 200) {
				return;
			}
			Thread.sleep(500);
		}
		throw new AssertionError("the application did not come back within 30 seconds");
	}

}

package org.tend.shared;

import java.lang.reflect.Method;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.aop.framework.Advised;
import org.springframework.aop.support.AopUtils;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.tend.TendApplication;
import org.tend.accounts.HttpVisitor;
import org.tend.mail.MailOutbox;
import org.tend.mail.OutgoingMail;
import org.tend.support.AppOnPostgres;
import org.tend.support.JsonApi;
import org.tend.support.JsonApi.Member;
import org.tend.support.PostgresAvailable;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances of Tend on one PostgreSQL database, as behind a load balancer: a session
 * started on one is honoured by the other, each background job runs on one of them only,
 * and two mail senders racing over the outbox send each mail once.
 */
@ExtendWith(PostgresAvailable.class)
class TwoInstancesPostgresTests {

	private static final int SMTP_PORT = freePort();

	@RegisterExtension
	static final GreenMailExtension smtp = new GreenMailExtension(
			new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
		.withPerMethodLifecycle(false);

	private static ConfigurableApplicationContext one;

	private static ConfigurableApplicationContext two;

	@BeforeAll
	static void startTwoInstances() {
		one = start();
		two = start();
	}

	@AfterAll
	static void stopThem() {
		if (one != null) {
			one.close();
		}
		if (two != null) {
			two.close();
		}
	}

	@Test
	void aSessionStartedOnOneInstanceIsHonouredOnTheOther() throws Exception {
		Member member = new JsonApi(port(one)).signUp(JsonApi.uniqueEmail("zoe"), "a long enough password",
				"Zoë Ñúñez");
		HttpVisitor onOne = new HttpVisitor(port(one));
		assertThat(onOne.signIn(member.email(), "a long enough password").location()).endsWith("/today");
		String session = onOne.sessionCookie().orElseThrow();

		HttpResponse<String> onTwo = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port(two) + "/settings"))
				.header("Cookie", "SESSION=" + session)
				.build(), HttpResponse.BodyHandlers.ofString());

		assertThat(onTwo.statusCode()).isEqualTo(200);
		assertThat(onTwo.body()).contains("Signed in as Zoë Ñúñez (" + member.email() + ")");
	}

	@Test
	void everyScheduledJobRunsOnOneInstanceOnly() throws Exception {
		List<Job> jobs = jobs(one);
		assertThat(jobs).extracting(Job::lock)
			.contains("mail-outbox", "mail-weekly-nudge", "depth-decay", "demo-accounts-cleanup",
					"embedded-database-backup");
		JdbcClient jdbc = one.getBean(JdbcClient.class);
		for (Job job : jobs) {
			// a run of an earlier test may still hold the lock: this one starts free
			jdbc.sql("update shedlock set lock_until = locked_at where name = :name")
				.param("name", job.lock())
				.update();
			Timestamp before = lockedAt(jdbc, job.lock());
			job.method().invoke(job.bean());
			Timestamp ranAt = lockedAt(jdbc, job.lock());
			assertThat(ranAt).as(job.lock() + " ran on the first instance").isNotNull().isNotEqualTo(before);

			Job same = jobs(two).stream().filter((other) -> other.lock().equals(job.lock())).findFirst().orElseThrow();
			same.method().invoke(same.bean());

			assertThat(lockedAt(jdbc, job.lock())).as(job.lock() + " on the second instance, moments later")
				.isEqualTo(ranAt);
		}
	}

	@Test
	void twoSendersRacingSendEachMailOnce() throws Exception {
		Member member = new JsonApi(port(one)).signUp("Zoë");
		String batch = UUID.randomUUID().toString().substring(0, 8);
		MailOutbox outbox = one.getBean(MailOutbox.class);
		for (int i = 0; i < 20; i++) {
			outbox.enqueue(new OutgoingMail(member.id(), member.email(), "Mail " + i + " of " + batch, "Hello " + i,
					null, Map.of(), "race:" + batch + ":" + i, null));
		}
		// the senders themselves, without the job lock that would keep them apart: what
		// is left is the outbox's lease on each row
		Object first = unlocked(one, "org.tend.mail.internal.OutboxSender");
		Object second = unlocked(two, "org.tend.mail.internal.OutboxSender");
		Method send = first.getClass().getMethod("sendDue");
		send.setAccessible(true);
		CyclicBarrier start = new CyclicBarrier(2);
		List<Thread> senders = new ArrayList<>();
		for (Object sender : List.of(first, second)) {
			senders.add(Thread.ofVirtual().start(() -> {
				try {
					start.await();
					send.invoke(sender);
				}
				catch (Exception ex) {
					throw new IllegalStateException(ex);
				}
			}));
		}
		for (Thread sender : senders) {
			sender.join();
		}

		List<String> subjects = new ArrayList<>();
		for (MimeMessage message : smtp.getReceivedMessages()) {
			if (message.getSubject().endsWith(batch)) {
				subjects.add(message.getSubject());
			}
		}
		assertThat(subjects).hasSize(20);
		assertThat(new HashSet<>(subjects)).hasSize(20);
	}

	private static ConfigurableApplicationContext start() {
		String url = PostgresAvailable.url().orElseThrow();
		return new SpringApplicationBuilder(TendApplication.class).run("--server.port=0",
				"--spring.datasource.url=" + url,
				"--spring.datasource.username=" + System.getProperty("tend.test.postgres.username", "postgres"),
				"--spring.datasource.password=" + System.getProperty("tend.test.postgres.password", ""),
				"--spring.datasource.hikari.maximum-pool-size=5",
				"--spring.datasource.hikari.schema=" + AppOnPostgres.SCHEMA,
				"--spring.flyway.schemas=" + AppOnPostgres.SCHEMA, "--spring.mail.host=127.0.0.1",
				"--spring.mail.port=" + SMTP_PORT, "--tend.jobs.lock-at-least-for=PT20S", "--spring.jmx.enabled=false");
	}

	private static int port(ConfigurableApplicationContext context) {
		return Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
	}

	/**
	 * Every scheduled job of an instance: its bean (with the lock around it) and method.
	 */
	private static List<Job> jobs(ConfigurableApplicationContext context) {
		List<Job> jobs = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (String name : context.getBeanDefinitionNames()) {
			Object bean = context.getBean(name);
			if (!AopUtils.getTargetClass(bean).getName().startsWith("org.tend.")) {
				continue;
			}
			for (Method method : AopUtils.getTargetClass(bean).getDeclaredMethods()) {
				if (method.isAnnotationPresent(Scheduled.class)) {
					SchedulerLock lock = method.getAnnotation(SchedulerLock.class);
					assertThat(lock).as(method + " is scheduled without a lock: it would run on every instance")
						.isNotNull();
					assertThat(seen.add(lock.name())).as("two jobs share the lock " + lock.name()).isTrue();
					method.setAccessible(true);
					jobs.add(new Job(lock.name(), bean, method));
				}
			}
		}
		return jobs;
	}

	private static Object unlocked(ConfigurableApplicationContext context, String className) throws Exception {
		Object bean = context.getBean(Class.forName(className));
		return (bean instanceof Advised advised) ? advised.getTargetSource().getTarget() : bean;
	}

	private static Timestamp lockedAt(JdbcClient jdbc, String lock) {
		return jdbc.sql("select locked_at from shedlock where name = :name")
			.param("name", lock)
			.query(Timestamp.class)
			.optional()
			.orElse(null);
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (java.io.IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private record Job(String lock, Object bean, Method method) {
	}

}

package org.tend.shared;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tend.support.AppProcess;
import org.tend.support.JsonApi;
import org.tend.support.JsonApi.Caller;
import org.tend.support.JsonApi.Member;
import org.tend.support.JsonApi.Reply;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code kill -9} in the middle of a stream of writes loses nothing that was answered as
 * saved: Tend runs as a separate process on the embedded file database, is killed, and
 * started again on the same folder.
 */
class CrashRecoveryTests {

	@TempDir
	Path data;

	@Test
	void aKilledInstanceKeepsEveryWriteItAnsweredAsSaved() throws Exception {
		Set<String> saved = ConcurrentHashMap.newKeySet();
		Member member;
		try (AppProcess app = AppProcess.start(this.data)) {
			JsonApi api = new JsonApi(app.port());
			member = api.signUp(JsonApi.uniqueEmail("zoe"), "a long enough password", "Zoë");
			Caller zoe = api.as(member);
			AtomicBoolean writing = new AtomicBoolean(true);
			AtomicInteger sequence = new AtomicInteger();
			List<Thread> writers = List.of(writer(zoe, writing, sequence, saved), writer(zoe, writing, sequence, saved),
					writer(zoe, writing, sequence, saved));
			for (int waited = 0; saved.size() < 40 && waited < 3000; waited++) {
				Thread.sleep(20);
			}
			assertThat(saved).as("writes answered before the kill").hasSizeGreaterThanOrEqualTo(40);

			app.kill();

			writing.set(false);
			for (Thread writer : writers) {
				writer.join();
			}
		}
		try (AppProcess again = AppProcess.start(this.data)) {
			Caller zoe = new JsonApi(again.port()).as(member);
			Reply people = zoe.get("/api/v1/people?size=200");
			assertThat(people.status()).isEqualTo(200);
			List<String> names = people.json().get("items").valueStream().map((p) -> p.get("name").asString()).toList();

			assertThat(names).as("people after the restart").containsAll(saved);
			assertThat(zoe.post("/api/v1/people", Map.of("name", "After the crash")).status()).isEqualTo(201);
		}
	}

	private static Thread writer(Caller zoe, AtomicBoolean writing, AtomicInteger sequence, Set<String> saved) {
		return Thread.ofVirtual().start(() -> {
			while (writing.get()) {
				String name = "Person " + sequence.incrementAndGet();
				try {
					if (zoe.post("/api/v1/people", Map.of("name", name)).status() == 201) {
						saved.add(name);
					}
				}
				catch (IllegalStateException ex) {
					// the connection died with the process: this one was never answered
					return;
				}
			}
		});
	}

}

package org.tend.shared;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tend.support.AppProcess;
import org.tend.support.JsonApi;
import org.tend.support.JsonApi.Member;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code SIGTERM} while a request is in flight: the request is finished and answered, and
 * what it wrote is there after the restart.
 */
class GracefulShutdownTests {

	@TempDir
	Path data;

	@Test
	void aRequestInFlightIsFinishedBeforeTheInstanceStops() throws Exception {
		Member member;
		CompletableFuture<HttpResponse<String>> inFlight;
		try (AppProcess app = AppProcess.start(this.data)) {
			member = new JsonApi(app.port()).signUp("Zoë");
			SlowBody body = new SlowBody("{\"name\": \"Sent slowly\", \"company\": \"Acme\"}");
			inFlight = HttpClient.newBuilder()
				.version(HttpClient.Version.HTTP_1_1)
				.build()
				.sendAsync(HttpRequest.newBuilder(URI.create("http://localhost:" + app.port() + "/api/v1/people"))
					.header("Authorization", "Bearer " + member.token())
					.header("Content-Type", "application/json")
					.POST(HttpRequest.BodyPublishers.ofInputStream(() -> body))
					.build(), HttpResponse.BodyHandlers.ofString());
			body.awaitStarted();

			int exit = app.stop();

			assertThat(exit).as("exit code after SIGTERM").isIn(0, 143);
		}
		HttpResponse<String> answer = inFlight.get(10, TimeUnit.SECONDS);
		assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
		try (AppProcess again = AppProcess.start(this.data)) {
			String people = new JsonApi(again.port()).as(member).get("/api/v1/people").body();
			assertThat(people).contains("Sent slowly");
		}
	}

	/**
	 * A request body that arrives over two seconds: the request is in flight when the
	 * shutdown begins.
	 */
	private static final class SlowBody extends InputStream {

		private final byte[] bytes;

		private final CompletableFuture<Void> started = new CompletableFuture<>();

		private int position;

		SlowBody(String json) {
			this.bytes = json.getBytes(StandardCharsets.UTF_8);
		}

		void awaitStarted() throws Exception {
			this.started.get(30, TimeUnit.SECONDS);
			// the headers and first bytes have reached the server
			Thread.sleep(300);
		}

		@Override
		public int read() throws IOException {
			if (this.position >= this.bytes.length) {
				return -1;
			}
			if (this.position == 1) {
				this.started.complete(null);
			}
			if (this.position > 0) {
				sleep(2000 / this.bytes.length);
			}
			return this.bytes[this.position++] & 0xff;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int next = read();
			if (next < 0) {
				return -1;
			}
			buffer[offset] = (byte) next;
			return 1;
		}

		private static void sleep(long millis) throws IOException {
			try {
				Thread.sleep(millis);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IOException(ex);
			}
		}

	}

}

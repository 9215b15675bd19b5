package org.tend.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Tend as an operator runs it: a separate JVM on the test's class path, its own port and
 * data folder, killed as a process manager would ({@code SIGTERM} or {@code SIGKILL}).
 * Its output goes to a file beside the data.
 */
public final class AppProcess implements AutoCloseable {

	private final Process process;

	private final int port;

	private AppProcess(Process process, int port) {
		this.process = process;
		this.port = port;
	}

	/** Starts Tend on the embedded database in this folder; answers once it serves. */
	public static AppProcess start(Path dataDirectory, String... arguments) throws IOException, InterruptedException {
		int port = freePort();
		List<String> command = new ArrayList<>(List.of(
				Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx384m",
				"-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"), "org.tend.TendApplication",
				"--server.port=" + port, "--tend.data-dir=" + dataDirectory.toAbsolutePath(),
				// the application's own configuration only, not the tests' (which names
				// an
				// in-memory database): the embedded file database as shipped
				"--spring.config.location=classpath:/application.yml", "--tend.scheduling.enabled=false"));
		command.addAll(List.of(arguments));
		Process process = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(dataDirectory.resolve("app.log").toFile()))
			.start();
		AppProcess app = new AppProcess(process, port);
		app.awaitServing(Duration.ofMinutes(3));
		return app;
	}

	public int port() {
		return this.port;
	}

	/** {@code kill -9}: no shutdown hook, no flush, nothing. */
	public void kill() throws InterruptedException {
		this.process.destroyForcibly();
		this.process.waitFor();
	}

	/** {@code kill} (SIGTERM): a graceful shutdown; answers the exit code. */
	public int stop() throws InterruptedException {
		this.process.destroy();
		return this.process.waitFor();
	}

	@Override
	public void close() throws InterruptedException {
		if (this.process.isAlive()) {
			kill();
		}
	}

	private void awaitServing(Duration patience) throws InterruptedException {
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
		Instant until = Instant.now().plus(patience);
		while (Instant.now().isBefore(until)) {
			if (!this.process.isAlive()) {
				throw new IllegalStateException("Tend exited with " + this.process.exitValue() + " while starting");
			}
			try {
				HttpResponse<Void> response = http.send(HttpRequest
					.newBuilder(URI.create("http://localhost:" + this.port + "/actuator/health/readiness"))
					.build(), HttpResponse.BodyHandlers.discarding());
				if (response.statusCode() == 200) {
					return;
				}
			}
			catch (IOException ex) {
				// not listening yet
			}
			Thread.sleep(500);
		}
		this.process.destroyForcibly();
		throw new IllegalStateException("Tend did not start within " + patience);
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}

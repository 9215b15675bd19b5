package org.tend.pairing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * bench/match.sh as outside checks run it: a process, a file, standard output and the
 * exit status (with the heap limited through JAVA_TOOL_OPTIONS).
 */
class MatchScriptTests {

	@TempDir
	Path dir;

	@Test
	void printsAnOptimalMatchingOfAGraphFile() throws Exception {
		Random random = new Random(20);
		WeightedGraph graph = Graphs.random(random, 12);
		StringBuilder text = new StringBuilder(graph.vertexCount() + " " + graph.edgeCount() + "\n");
		for (int e = 0; e < graph.edgeCount(); e++) {
			// both orders of the ends are accepted
			int u = (e % 2 == 0) ? graph.from(e) : graph.to(e);
			text.append(u)
				.append(' ')
				.append(graph.from(e) + graph.to(e) - u)
				.append(' ')
				.append(graph.weight(e))
				.append('\n');
		}
		Result result = run("--exact", file(text.toString()));

		assertThat(result.status).isZero();
		long total = 0;
		Set<Integer> used = new HashSet<>();
		for (String line : result.out.lines().toList()) {
			String[] pair = line.split(" ");
			int u = Integer.parseInt(pair[0]);
			int v = Integer.parseInt(pair[1]);
			assertThat(used.add(u) && used.add(v)).as("each vertex once").isTrue();
			total += weight(graph, u, v);
		}
		assertThat(total).isEqualTo(BruteForce.best(graph, false));
		Result fast = run(file(text.toString()));
		assertThat(fast.status).isZero();
		assertThat(fast.out).matches("(\\d+ \\d+\\n)*");
	}

	@Test
	void refusesBadInputWithExitStatusTwoAndTheLine() throws Exception {
		assertRefused("4 2\n0 1 5\n1 one 5\n", ":3:");
		assertRefused("4 2\n0 1 5\n1 4 5\n", ":3: vertex 4 is outside");
		assertRefused("4 2\n0 1 5\n3 3 5\n", ":3: self-loop");
		assertRefused("4 2\n0 1 5\n1 0 6\n", ":3: the pair 0 1 is given twice");
		assertRefused("4 2\n0 1 5\n", "expected 2 edges, found 1");
		assertRefused("4 1\n0 1 2000000\n", ":2: weight 2000000 is outside");
	}

	@Test
	void anEmptyGraphPrintsNothing() throws Exception {
		Result result = run(file(""));

		assertThat(result.status).isZero();
		assertThat(result.out).isEmpty();
	}

	private void assertRefused(String text, String message) throws Exception {
		Result result = run(file(text));
		assertThat(result.status).as(text).isEqualTo(2);
		assertThat(result.out).isEmpty();
		assertThat(result.err).contains(message);
	}

	private static long weight(WeightedGraph graph, int u, int v) {
		for (int e = 0; e < graph.edgeCount(); e++) {
			if (graph.from(e) == Math.min(u, v) && graph.to(e) == Math.max(u, v)) {
				return graph.weight(e);
			}
		}
		throw new AssertionError("no edge " + u + " " + v);
	}

	private String file(String text) throws IOException {
		Path file = Files.createTempFile(this.dir, "graph", ".txt");
		Files.writeString(file, text, StandardCharsets.US_ASCII);
		return file.toString();
	}

	private Result run(String... args) throws Exception {
		String[] command = new String[args.length + 2];
		command[0] = "sh";
		command[1] = Path.of("bench", "match.sh").toAbsolutePath().toString();
		System.arraycopy(args, 0, command, 2, args.length);
		ProcessBuilder builder = new ProcessBuilder(command);
		builder.environment().put("JAVA_TOOL_OPTIONS", "-Xmx512m");
		Path out = this.dir.resolve("out-" + System.nanoTime());
		Path err = this.dir.resolve("err-" + System.nanoTime());
		Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
		assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("finished").isTrue();
		return new Result(process.exitValue(), Files.readString(out, StandardCharsets.US_ASCII),
				Files.readString(err, StandardCharsets.UTF_8));
	}

	private record Result(int status, String out, String err) {
	}

}

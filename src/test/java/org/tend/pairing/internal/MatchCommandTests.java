package org.tend.pairing.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class MatchCommandTests {

	@TempDir
	Path dir;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@Test
	void printsTheMatchedPairsAndNothingElse() throws IOException {
		int status = run("--exact", graph("4 3\n0 1 3\n1 2 10\n2 3 3\n"));

		assertThat(status).isZero();
		assertThat(this.out.toString(StandardCharsets.US_ASCII)).isEqualTo("1 2\n");
		assertThat(this.err.toString(StandardCharsets.UTF_8)).contains("1 pairs, weight 10");
	}

	@Test
	void fastModeIsTheDefault() throws IOException {
		int status = run(graph("4 2\r\n3 2 5\r\n0 1 7\r\n\r\n"));

		assertThat(status).isZero();
		assertThat(this.out.toString(StandardCharsets.US_ASCII)).isEqualTo("0 1\n2 3\n");
		assertThat(this.err.toString(StandardCharsets.UTF_8)).contains("fast mode");
	}

	@Test
	void aMissingOrEmptyGraphMatchesNothing() throws IOException {
		assertThat(run(this.dir.resolve("absent").toString())).isZero();
		assertThat(run(graph(""))).isZero();
		assertThat(run(graph("5 0\n"))).isZero();
		assertThat(this.out.size()).isZero();
	}

	@Test
	void refusesBadInputWithItsLineNumber() throws IOException {
		assertRefused("3 1\n0 1\n", ":2: expected 3 integers, found 2");
		assertRefused("3 1\n0 x 4\n", ":2: expected 3 integers");
		assertRefused("3 2\n0 1 4\n0 3 4\n", ":3: vertex 3 is outside 0..2");
		assertRefused("3 2\n0 1 4\n-1 2 4\n", ":3: vertex -1 is outside 0..2");
		assertRefused("3 2\n0 1 4\n2 2 4\n", ":3: self-loop at vertex 2");
		assertRefused("3 2\n0 1 0\n1 2 4\n", ":2: weight 0 is outside 1..1000000");
		assertRefused("3 2\n0 1 1000001\n1 2 4\n", ":2: weight 1000001 is outside");
		assertRefused("3 3\n0 1 4\n1 2 4\n1 0 9\n", ":4: the pair 0 1 is given twice");
		assertRefused("3 3\n0 1 4\n1 2 4\n", "expected 3 edges, found 2");
		assertRefused("3 1\n0 1 4\n1 2 4\n", ":3: more edges than the 1 announced");
		assertRefused("3 2\n0 1 4\n\n1 2 4\n", ":3: blank line");
		assertRefused("3\n", ":1: expected 2 integers, found 1");
		assertRefused("3 1 4\n0 1 4\n", ":1: expected 2 integers, found more");
		assertThat(this.out.size()).isZero();
	}

	private void assertRefused(String text, String message) throws IOException {
		this.err.reset();
		assertThat(run("--exact", graph(text))).as(text).isEqualTo(2);
		assertThat(this.err.toString(StandardCharsets.UTF_8)).as(text).contains(message);
	}

	private String graph(String text) throws IOException {
		Path file = Files.createTempFile(this.dir, "graph", ".txt");
		Files.writeString(file, text, StandardCharsets.US_ASCII);
		return file.toString();
	}

	private int run(String... args) {
		return MatchCommand.run(args, new PrintStream(this.out, true, StandardCharsets.US_ASCII),
				new PrintStream(this.err, true, StandardCharsets.UTF_8));
	}

}

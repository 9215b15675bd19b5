package org.tend.pairing.internal;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.tend.pairing.Matching;
import org.tend.pairing.MatchingEngine;
import org.tend.pairing.MatchingMode;
import org.tend.pairing.WeightedGraph;

/**
 * The command behind {@code bench/match.sh [--exact] GRAPH}: reads a graph (a line
 * {@code n m}, then m lines {@code u v w}), prints the matched pairs {@code u v}, one per
 * line, and nothing else on standard output. Bad input is refused with its line number on
 * standard error and exit status 2.
 */
public final class MatchCommand {

	static final int MAX_WEIGHT = 1_000_000;

	private MatchCommand() {
	}

	public static void main(String[] args) {
		PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), false,
				StandardCharsets.US_ASCII);
		int status = run(args, out, System.err);
		out.flush();
		System.exit(status);
	}

	/** Runs the command; returns its exit status. */
	static int run(String[] args, PrintStream out, PrintStream err) {
		MatchingMode mode = MatchingMode.FAST;
		String file = null;
		for (String arg : args) {
			if (arg.equals("--exact")) {
				mode = MatchingMode.EXACT;
			}
			else if (arg.startsWith("--") || file != null) {
				err.println("usage: match.sh [--exact] GRAPH");
				return 2;
			}
			else {
				file = arg;
			}
		}
		if (file == null || !Files.exists(Path.of(file))) {
			err.println("match: no graph" + ((file == null) ? "" : " at " + file) + "; nothing to match");
			return 0;
		}
		long start = System.nanoTime();
		WeightedGraph graph;
		try (InputStream in = new BufferedInputStream(Files.newInputStream(Path.of(file)), 1 << 16)) {
			graph = read(in);
		}
		catch (BadInput ex) {
			err.println(file + ":" + ex.line + ": " + ex.getMessage());
			return 2;
		}
		catch (IOException ex) {
			err.println("match: cannot read " + file + ": " + ex.getMessage());
			return 2;
		}
		if (graph == null) {
			err.println("match: " + file + " is empty; nothing to match");
			return 0;
		}
		long read = System.nanoTime();
		Matching matching = MatchingEngine.create().maximumWeight(graph, mode);
		long solved = System.nanoTime();
		StringBuilder text = new StringBuilder(1 << 16);
		for (int u = 0; u < graph.vertexCount(); u++) {
			int v = matching.mate()[u];
			if (v > u) {
				text.append(u).append(' ').append(v).append('\n');
				if (text.length() > (1 << 16) - 32) {
					out.append(text);
					text.setLength(0);
				}
			}
		}
		out.append(text);
		out.flush();
		err.printf("match: %s mode, %d vertices, %d edges: %d pairs, weight %d (read %d ms, matched %d ms)%n",
				mode.name().toLowerCase(java.util.Locale.ROOT), graph.vertexCount(), graph.edgeCount(),
				matching.pairCount(), matching.totalWeight(), (read - start) / 1_000_000, (solved - read) / 1_000_000);
		return 0;
	}

	/** Reads a graph, or null for an empty input. */
	static WeightedGraph read(InputStream in) throws IOException {
		Lines lines = new Lines(in);
		long[] header = new long[2];
		if (!lines.next(header, 2)) {
			return null;
		}
		if (header[0] < 0 || header[0] > Integer.MAX_VALUE - 8) {
			throw new BadInput(lines.number, "the vertex count " + header[0] + " is out of range");
		}
		if (header[1] < 0 || header[1] > Integer.MAX_VALUE - 8) {
			throw new BadInput(lines.number, "the edge count " + header[1] + " is out of range");
		}
		int n = (int) header[0];
		int m = (int) header[1];
		int[] from = new int[m];
		int[] to = new int[m];
		int[] weight = new int[m];
		long[] edge = new long[3];
		for (int e = 0; e < m; e++) {
			if (!lines.next(edge, 3)) {
				throw new BadInput(lines.number, "expected " + m + " edges, found " + e);
			}
			long u = edge[0];
			long v = edge[1];
			long w = edge[2];
			if (u < 0 || u >= n || v < 0 || v >= n) {
				throw new BadInput(lines.number, "vertex " + ((u < 0 || u >= n) ? u : v) + " is outside 0.." + (n - 1));
			}
			if (u == v) {
				throw new BadInput(lines.number, "self-loop at vertex " + u);
			}
			if (w < 1 || w > MAX_WEIGHT) {
				throw new BadInput(lines.number, "weight " + w + " is outside 1.." + MAX_WEIGHT);
			}
			from[e] = (int) Math.min(u, v);
			to[e] = (int) Math.max(u, v);
			weight[e] = (int) w;
		}
		if (lines.next(edge, 3)) {
			throw new BadInput(lines.number, "more edges than the " + m + " announced");
		}
		int repeated = firstRepeat(from, to);
		if (repeated >= 0) {
			throw new BadInput(repeated + 2, "the pair " + from[repeated] + " " + to[repeated] + " is given twice");
		}
		WeightedGraph.Builder builder = WeightedGraph.builder(n);
		for (int e = 0; e < m; e++) {
			builder.edge(from[e], to[e], weight[e]);
		}
		return builder.build();
	}

	/** The first edge (in input order) whose pair appeared before it, or -1. */
	private static int firstRepeat(int[] from, int[] to) {
		int m = from.length;
		long[] keys = new long[m];
		for (int e = 0; e < m; e++) {
			keys[e] = ((long) from[e] << 32) | to[e];
		}
		long[] sorted = keys.clone();
		Arrays.sort(sorted);
		boolean any = false;
		for (int i = 1; i < m && !any; i++) {
			any = sorted[i] == sorted[i - 1];
		}
		if (!any) {
			return -1;
		}
		// a second pass in input order finds the line of the first repeat
		java.util.Set<Long> seen = new java.util.HashSet<>();
		for (int e = 0; e < m; e++) {
			if (!seen.add(keys[e])) {
				return e;
			}
		}
		return -1;
	}

	/** Input refused at a line. */
	static final class BadInput extends IOException {

		final long line;

		BadInput(long line, String message) {
			super(message);
			this.line = line;
		}

	}

	/**
	 * Whitespace-separated integers, line by line, straight from the bytes (a million
	 * members' graph has ten million lines).
	 */
	static final class Lines {

		private final InputStream in;

		private final byte[] buffer = new byte[1 << 16];

		private int position;

		private int limit;

		long number;

		Lines(InputStream in) {
			this.in = in;
		}

		private int read() throws IOException {
			if (this.position == this.limit) {
				this.limit = this.in.read(this.buffer, 0, this.buffer.length);
				this.position = 0;
				if (this.limit <= 0) {
					this.limit = 0;
					return -1;
				}
			}
			return this.buffer[this.position++];
		}

		/**
		 * Reads the next line into values, which must hold exactly count integers; false
		 * at the end of the input. Blank lines are allowed only at the end.
		 */
		boolean next(long[] values, int count) throws IOException {
			int c = read();
			if (c == -1) {
				return false;
			}
			this.number++;
			int found = 0;
			boolean blank = true;
			while (c != -1 && c != '\n') {
				if (c == ' ' || c == '\t' || c == '\r') {
					c = read();
					continue;
				}
				blank = false;
				boolean negative = c == '-';
				if (negative || c == '+') {
					c = read();
				}
				if (c < '0' || c > '9') {
					throw new BadInput(this.number, "expected " + count + " integers");
				}
				long value = 0;
				while (c >= '0' && c <= '9') {
					value = value * 10 + (c - '0');
					if (value > Integer.MAX_VALUE * 4L) {
						throw new BadInput(this.number, "a number is too large");
					}
					c = read();
				}
				if (c != -1 && c != '\n' && c != ' ' && c != '\t' && c != '\r') {
					throw new BadInput(this.number, "expected " + count + " integers");
				}
				if (found == count) {
					throw new BadInput(this.number, "expected " + count + " integers, found more");
				}
				values[found++] = negative ? -value : value;
			}
			if (blank) {
				// only blank lines may follow
				long line = this.number;
				while ((c = read()) != -1) {
					if (c == '\n') {
						this.number++;
					}
					else if (c != ' ' && c != '\t' && c != '\r') {
						throw new BadInput(line, "blank line");
					}
				}
				return false;
			}
			if (found != count) {
				throw new BadInput(this.number, "expected " + count + " integers, found " + found);
			}
			return true;
		}

	}

}

package org.tend.pairing;

import java.util.Arrays;

/**
 * An undirected graph on the vertices {@code 0..n-1} with positive integer edge weights,
 * held in primitive arrays (a million members with twenty candidates each is twenty
 * million edges; an object per edge would not fit the heap). Build one with
 * {@link #builder(int)}; a repeated pair or a self-loop is refused.
 */
public final class WeightedGraph {

	private final int vertexCount;

	private final int[] from;

	private final int[] to;

	private final int[] weight;

	private WeightedGraph(int vertexCount, int[] from, int[] to, int[] weight) {
		this.vertexCount = vertexCount;
		this.from = from;
		this.to = to;
		this.weight = weight;
	}

	public static Builder builder(int vertexCount) {
		return new Builder(vertexCount);
	}

	public int vertexCount() {
		return this.vertexCount;
	}

	public int edgeCount() {
		return this.from.length;
	}

	/** The smaller end of edge {@code e}. */
	public int from(int e) {
		return this.from[e];
	}

	/** The larger end of edge {@code e}. */
	public int to(int e) {
		return this.to[e];
	}

	public int weight(int e) {
		return this.weight[e];
	}

	/**
	 * Collects edges; {@link #build()} checks that no pair repeats.
	 */
	public static final class Builder {

		private final int vertexCount;

		private int[] from = new int[16];

		private int[] to = new int[16];

		private int[] weight = new int[16];

		private int size;

		private Builder(int vertexCount) {
			if (vertexCount < 0) {
				throw new IllegalArgumentException("A graph cannot have " + vertexCount + " vertices");
			}
			this.vertexCount = vertexCount;
		}

		/**
		 * Adds the edge {@code u–v}; the order of the ends does not matter.
		 * @throws IllegalArgumentException for an end out of range, a self-loop or a
		 * weight below 1
		 */
		public Builder edge(int u, int v, int w) {
			if (u < 0 || u >= this.vertexCount || v < 0 || v >= this.vertexCount) {
				throw new IllegalArgumentException(
						"Edge " + u + "–" + v + " has an end outside 0.." + (this.vertexCount - 1));
			}
			if (u == v) {
				throw new IllegalArgumentException("Edge " + u + "–" + v + " is a self-loop");
			}
			if (w < 1) {
				throw new IllegalArgumentException("Edge " + u + "–" + v + " has weight " + w + "; weights start at 1");
			}
			if (this.size == this.from.length) {
				int grown = this.size + (this.size >> 1) + 16;
				this.from = Arrays.copyOf(this.from, grown);
				this.to = Arrays.copyOf(this.to, grown);
				this.weight = Arrays.copyOf(this.weight, grown);
			}
			this.from[this.size] = Math.min(u, v);
			this.to[this.size] = Math.max(u, v);
			this.weight[this.size] = w;
			this.size++;
			return this;
		}

		/**
		 * @throws IllegalArgumentException when a pair of vertices was given twice
		 */
		public WeightedGraph build() {
			long[] keys = new long[this.size];
			for (int e = 0; e < this.size; e++) {
				keys[e] = ((long) this.from[e] << 32) | this.to[e];
			}
			Arrays.sort(keys);
			for (int i = 1; i < keys.length; i++) {
				if (keys[i] == keys[i - 1]) {
					throw new IllegalArgumentException(
							"Edge " + (keys[i] >>> 32) + "–" + (keys[i] & 0xffffffffL) + " is given twice");
				}
			}
			return new WeightedGraph(this.vertexCount, Arrays.copyOf(this.from, this.size),
					Arrays.copyOf(this.to, this.size), Arrays.copyOf(this.weight, this.size));
		}

	}

}

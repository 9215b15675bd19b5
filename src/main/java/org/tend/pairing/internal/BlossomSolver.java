package org.tend.pairing.internal;

import java.util.Arrays;

/**
 * Edmonds' primal-dual blossom algorithm for a maximum-weight matching, in primitive
 * arrays and integer arithmetic throughout.
 *
 * <p>
 * The blossom bookkeeping (labels, sub-blossom cycles, augmenting through nested
 * blossoms) follows Galil's presentation ("Efficient algorithms for finding maximum
 * matching in graphs", 1986) as Van Rantwijk laid it out. Three changes make it fast on
 * large sparse graphs:
 * <ul>
 * <li><b>one stage, many trees</b>: every free vertex roots an alternating tree for the
 * whole run; an augmentation dissolves only the two trees it joins, and the rest keep
 * their labels (the textbook resets every label after each augmentation, which costs O(n)
 * per pair);</li>
 * <li><b>lazy duals</b>: the dual change of a top-level blossom is one offset against a
 * global clock, so a dual update is O(1), not a pass over all vertices;</li>
 * <li><b>an event heap</b>: the next edge to become tight and the next T-blossom whose
 * dual reaches zero come from one heap keyed by the clock time at which they happen;
 * entries are checked when they surface, never removed early.</li>
 * </ul>
 * Vertex duals are kept doubled (and blossom duals in the same units), so with integer
 * weights every value stays an integer: no rounding can stall the search.
 */
final class BlossomSolver {

	/** An event of an S-vertex: its least-slack edge to another S-blossom. */
	private static final int S_BEST = 0;

	/** An event of an unlabelled vertex: its least-slack edge to an S-blossom. */
	private static final int U_BEST = 1;

	/** A T-blossom's dual reaches zero. */
	private static final int EXPAND = 2;

	private final int n;

	private final int[] ends;

	private final long[] weight;

	private final int[] adjStart;

	/** The remote endpoints of each vertex's edges (endpoint p of edge p/2). */
	private final int[] adj;

	/** The remote endpoint of each vertex's matched edge, or -1. */
	private final int[] mate;

	private final int[] label;

	private final int[] labelEnd;

	private final int[] inBlossom;

	private final int[] parent;

	private final int[] base;

	private final int[][] children;

	private final int[][] childEnds;

	/** The tree (its root vertex) of each labelled top-level blossom, else -1. */
	private final int[] tree;

	private final long[] dualBase;

	private final long[] offset;

	private final long[] stamp;

	private final long[] z;

	private final int[] unused;

	private int unusedTop;

	private int[] queue;

	private int queueSize;

	private final LongHeap heap;

	private final int[][] members;

	private final int[] memberCount;

	private final int[] seen;

	/** The time of each S-vertex's pending {@link #S_BEST} event. */
	private final long[] sDue;

	/** The time of each unlabelled vertex's pending {@link #U_BEST} event. */
	private final long[] uDue;

	private int seenStamp;

	private int[] mark = new int[0];

	private int markStamp;

	/** The slack found by the last {@link #leastSlackToS}. */
	private long leastSlack;

	/** The clock: the total dual change so far. */
	private long now;

	private final long maxWeight;

	/** The part of each weight that only counts pairs. */
	private long bonus;

	/** The relative gap to the optimum at which the search may stop. */
	private double tolerance;

	/** Twice the matched weight, without the bonus. */
	private long matchedWeight2;

	/** The vertices with at least one edge that are still single. */
	private int single;

	/**
	 * @param n the vertex count
	 * @param from one end of each edge
	 * @param to the other end of each edge
	 * @param weight each edge's weight, at least 1
	 */
	BlossomSolver(int n, int[] from, int[] to, long[] weight) {
		this.n = n;
		int m = from.length;
		this.ends = new int[2 * m];
		this.weight = weight;
		int[] degree = new int[n + 1];
		long max = 0;
		for (int k = 0; k < m; k++) {
			this.ends[2 * k] = from[k];
			this.ends[2 * k + 1] = to[k];
			degree[from[k]]++;
			degree[to[k]]++;
			max = Math.max(max, weight[k]);
		}
		this.maxWeight = max;
		this.adjStart = new int[n + 1];
		for (int v = 0; v < n; v++) {
			this.adjStart[v + 1] = this.adjStart[v] + degree[v];
		}
		this.adj = new int[2 * m];
		int[] fill = Arrays.copyOf(this.adjStart, n);
		for (int k = 0; k < m; k++) {
			this.adj[fill[from[k]]++] = 2 * k + 1;
			this.adj[fill[to[k]]++] = 2 * k;
		}
		this.mate = new int[n];
		Arrays.fill(this.mate, -1);
		this.label = new int[2 * n];
		this.labelEnd = new int[2 * n];
		Arrays.fill(this.labelEnd, -1);
		this.inBlossom = new int[n];
		this.parent = new int[2 * n];
		Arrays.fill(this.parent, -1);
		this.base = new int[2 * n];
		Arrays.fill(this.base, -1);
		this.children = new int[2 * n][];
		this.childEnds = new int[2 * n][];
		this.tree = new int[2 * n];
		Arrays.fill(this.tree, -1);
		this.dualBase = new long[n];
		this.offset = new long[2 * n];
		this.stamp = new long[2 * n];
		this.z = new long[2 * n];
		this.unused = new int[n];
		for (int v = 0; v < n; v++) {
			this.inBlossom[v] = v;
			this.base[v] = v;
			this.dualBase[v] = max;
			this.unused[this.unusedTop++] = 2 * n - 1 - v;
		}
		this.queue = new int[Math.max(16, n)];
		this.heap = new LongHeap(2 * n + 16);
		this.members = new int[n][];
		this.memberCount = new int[n];
		this.seen = new int[n];
		this.sDue = new long[n];
		this.uDue = new long[n];
		Arrays.fill(this.uDue, Long.MAX_VALUE);
	}

	/**
	 * A maximum-weight matching: each vertex's mate or -1. Runs on a thread with a deep
	 * stack, as augmenting through nested blossoms recurses once per nesting level.
	 */
	static int[] run(int n, int[] from, int[] to, long[] weight) {
		return run(n, from, to, weight, 0, 0);
	}

	/**
	 * Like {@link #run(int, int[], int[], long[])}, but stops as soon as the dual bound
	 * proves the matching within {@code tolerance} of the optimum (0 runs to the end).
	 * @param bonus the part of every weight that only counts pairs (0 when there is
	 * none); the tolerance applies to the rest, and no pair may be missing at the stop
	 */
	static int[] run(int n, int[] from, int[] to, long[] weight, long bonus, double tolerance) {
		return solved(n, from, to, weight, bonus, tolerance).mates();
	}

	/** The solver after its run, for its matching and its duals. */
	static BlossomSolver solved(int n, int[] from, int[] to, long[] weight, long bonus, double tolerance) {
		BlossomSolver[] result = new BlossomSolver[1];
		Throwable[] failure = new Throwable[1];
		Thread worker = new Thread(null, () -> {
			try {
				BlossomSolver solver = new BlossomSolver(n, from, to, weight);
				solver.bonus = bonus;
				solver.tolerance = tolerance;
				solver.solve();
				result[0] = solver;
			}
			catch (RuntimeException | Error ex) {
				failure[0] = ex;
			}
		}, "blossom", 256L << 20);
		worker.start();
		try {
			worker.join();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while matching", ex);
		}
		if (failure[0] instanceof RuntimeException ex) {
			throw ex;
		}
		if (failure[0] instanceof Error error) {
			throw error;
		}
		return result[0];
	}

	/** Runs the algorithm. */
	void solve() {
		for (int v = 0; v < this.n; v++) {
			if (this.adjStart[v + 1] > this.adjStart[v]) {
				this.single++;
				assignLabel(v, 1, -1, v);
			}
		}
		while (true) {
			drainQueue();
			long next = -1;
			while (!this.heap.isEmpty()) {
				if (topIsDue()) {
					next = this.heap.topKey();
					break;
				}
			}
			// free vertices' duals reach zero at maxWeight: nothing can improve beyond
			if (next < 0 || next >= this.maxWeight) {
				this.now = this.maxWeight;
				break;
			}
			if (this.tolerance > 0 && closeEnough(next)) {
				this.now = next; // no slack turns negative before the next event
				break;
			}
			this.now = next;
			int value = this.heap.topValue();
			this.heap.pop();
			int type = value & 3;
			int p = value >>> 2;
			if (type == EXPAND) {
				expandBlossom(p, false);
			}
			else if (type == S_BEST) {
				int v = this.ends[p ^ 1];
				this.sDue[v] = Long.MAX_VALUE;
				useTightEdge(v, p);
				if (this.label[this.inBlossom[v]] == 1) {
					rescanS(v);
				}
			}
			else {
				int w = this.ends[p ^ 1];
				this.uDue[w] = Long.MAX_VALUE;
				useTightEdge(this.ends[p], p ^ 1);
			}
		}
	}

	/** Each vertex's mate, or -1. */
	int[] mates() {
		int[] result = new int[this.n];
		for (int v = 0; v < this.n; v++) {
			result[v] = this.mate[v] < 0 ? -1 : this.ends[this.mate[v]];
		}
		return result;
	}

	/**
	 * Twice the slack, under the final duals, of an edge u–v of weight w the solver was
	 * not given; negative when the edge would have changed the outcome. The duals of the
	 * blossoms that hold both ends count towards it.
	 */
	long slackOf(int u, int v, long w) {
		return dual(u) + dual(v) - 2 * w + 2 * sharedBlossomDuals(u, v);
	}

	private long sharedBlossomDuals(int u, int v) {
		if (this.inBlossom[u] != this.inBlossom[v] || this.inBlossom[u] < this.n) {
			return 0;
		}
		if (this.mark.length < this.n) {
			this.mark = new int[this.n];
		}
		this.markStamp++;
		for (int b = this.parent[u]; b != -1; b = this.parent[b]) {
			this.mark[b - this.n] = this.markStamp;
		}
		long sum = 0;
		for (int b = this.parent[v]; b != -1; b = this.parent[b]) {
			if (this.mark[b - this.n] == this.markStamp) {
				sum += blossomDual(b);
			}
		}
		return sum;
	}

	/**
	 * Whether the matching is proven within the tolerance at clock time t. With the duals
	 * at t the optimum is at most the matched weight plus half the single vertices'
	 * (doubled) duals, maxWeight - t each: every matched edge is tight and every blossom
	 * holds a near-perfect matching.
	 */
	private boolean closeEnough(long t) {
		double gap = this.single * ((double) (this.maxWeight - t)) / 2;
		double matched = this.matchedWeight2 / 2.0;
		return gap <= this.tolerance * matched && (this.bonus == 0 || gap < this.bonus - matched - 1);
	}

	private void setMate(int v, int p) {
		int old = this.mate[v];
		if (old >= 0) {
			this.matchedWeight2 -= this.weight[old >> 1] - this.bonus;
		}
		this.mate[v] = p;
		this.matchedWeight2 += this.weight[p >> 1] - this.bonus;
	}

	/** The dual of a vertex, doubled, at the current clock. */
	long dual(int v) {
		int b = this.inBlossom[v];
		return this.dualBase[v] + this.offset[b] + sign(b) * (this.now - this.stamp[b]);
	}

	/** The dual of a non-trivial blossom (in vertex-dual units). */
	long blossomDual(int b) {
		if (this.parent[b] != -1) {
			return this.z[b];
		}
		return this.z[b] - sign(b) * (this.now - this.stamp[b]);
	}

	private long sign(int b) {
		int l = this.label[b];
		return (l == 1) ? -1 : (l == 2) ? 1 : 0;
	}

	/** Twice the slack of edge k (valid for an edge between two top-level blossoms). */
	private long slack(int k) {
		return dual(this.ends[2 * k]) + dual(this.ends[2 * k + 1]) - 2 * this.weight[k];
	}

	private void settle(int b) {
		long change = sign(b) * (this.now - this.stamp[b]);
		this.offset[b] += change;
		if (b >= this.n) {
			this.z[b] -= change;
		}
		this.stamp[b] = this.now;
	}

	private void setLabel(int b, int l) {
		settle(b);
		this.label[b] = l;
	}

	/** Blossom b stops being top-level: its pending dual change moves to its vertices. */
	private void pushDown(int b) {
		settle(b);
		long change = this.offset[b];
		if (change != 0) {
			if (b < this.n) {
				this.dualBase[b] += change;
			}
			else {
				for (int v : leaves(b)) {
					this.dualBase[v] += change;
				}
			}
			this.offset[b] = 0;
		}
	}

	private int endpoint(int p) {
		return this.ends[p];
	}

	private int[] leaves(int b) {
		if (b < this.n) {
			return new int[] { b };
		}
		int[] out = new int[8];
		int size = 0;
		int[] stack = new int[8];
		int top = 0;
		stack[top++] = b;
		while (top > 0) {
			int t = stack[--top];
			for (int c : this.children[t]) {
				if (c < this.n) {
					if (size == out.length) {
						out = Arrays.copyOf(out, size * 2);
					}
					out[size++] = c;
				}
				else {
					if (top == stack.length) {
						stack = Arrays.copyOf(stack, top * 2);
					}
					stack[top++] = c;
				}
			}
		}
		return Arrays.copyOf(out, size);
	}

	private void enqueue(int v) {
		if (this.queueSize == this.queue.length) {
			this.queue = Arrays.copyOf(this.queue, this.queueSize * 2);
		}
		this.queue[this.queueSize++] = v;
	}

	private void addMember(int r, int v) {
		int[] list = this.members[r];
		if (list == null) {
			list = new int[4];
			this.members[r] = list;
		}
		else if (this.memberCount[r] == list.length) {
			list = Arrays.copyOf(list, list.length * 2);
			this.members[r] = list;
		}
		list[this.memberCount[r]++] = v;
	}

	private void assignLabel(int w, int t, int p, int r) {
		int b = this.inBlossom[w];
		setLabel(b, t);
		this.label[w] = t;
		this.labelEnd[w] = p;
		this.labelEnd[b] = p;
		this.tree[b] = r;
		if (b < this.n) {
			addMember(r, b);
			if (t == 1) {
				enqueue(b);
			}
		}
		else {
			for (int v : leaves(b)) {
				addMember(r, v);
				if (t == 1) {
					enqueue(v);
				}
			}
		}
		if (t == 2) {
			if (b >= this.n) {
				this.heap.push(this.now + this.z[b], (b << 2) | EXPAND);
			}
			int m = this.mate[this.base[b]];
			assignLabel(endpoint(m), 1, m ^ 1, r);
		}
	}

	private void drainQueue() {
		while (this.queueSize > 0) {
			int v = this.queue[--this.queueSize];
			if (this.label[this.inBlossom[v]] == 1) {
				scan(v);
			}
		}
	}

	private void scan(int v) {
		long best = Long.MAX_VALUE;
		int bestEnd = -1;
		for (int i = this.adjStart[v], end = this.adjStart[v + 1]; i < end; i++) {
			int bv = this.inBlossom[v];
			if (this.label[bv] != 1) {
				return; // its tree was dissolved by an augmentation found from v
			}
			int p = this.adj[i];
			int w = this.ends[p];
			int bw = this.inBlossom[w];
			if (bv == bw) {
				continue;
			}
			int lw = this.label[bw];
			if (lw == 2 && this.label[w] != 0) {
				continue;
			}
			long s = slack(p >> 1);
			if (s <= 0) {
				useTightEdge(v, p);
			}
			else if (lw == 1) {
				if (s < best) {
					best = s;
					bestEnd = p;
				}
			}
			else if (lw == 0 && this.now + s < this.uDue[w]) {
				this.uDue[w] = this.now + s;
				this.heap.push(this.now + s, ((p ^ 1) << 2) | U_BEST);
			}
		}
		this.sDue[v] = Long.MAX_VALUE;
		if (bestEnd >= 0 && this.label[this.inBlossom[v]] == 1) {
			this.sDue[v] = this.now + best / 2;
			this.heap.push(this.sDue[v], (bestEnd << 2) | S_BEST);
		}
	}

	/** Pushes the event of an S-vertex's least-slack edge to another S-blossom. */
	private void rescanS(int v) {
		int p = leastSlackToS(v);
		this.sDue[v] = Long.MAX_VALUE;
		if (p >= 0) {
			this.sDue[v] = this.now + this.leastSlack / 2; // both ends move
			this.heap.push(this.sDue[v], (p << 2) | S_BEST);
		}
	}

	/** Pushes the event of an unlabelled vertex's least-slack edge to an S-blossom. */
	private void watch(int v) {
		int p = leastSlackToS(v);
		this.uDue[v] = Long.MAX_VALUE;
		if (p >= 0) {
			this.uDue[v] = this.now + this.leastSlack;
			this.heap.push(this.uDue[v], (p << 2) | U_BEST);
		}
	}

	/**
	 * The remote endpoint of v's least-slack edge to another S-blossom (its slack in
	 * {@link #leastSlack}), or -1.
	 */
	private int leastSlackToS(int v) {
		int bv = this.inBlossom[v];
		this.leastSlack = Long.MAX_VALUE;
		int bestEnd = -1;
		for (int i = this.adjStart[v], end = this.adjStart[v + 1]; i < end; i++) {
			int p = this.adj[i];
			int bw = this.inBlossom[this.ends[p]];
			if (bw != bv && this.label[bw] == 1) {
				long s = slack(p >> 1);
				if (s < this.leastSlack) {
					this.leastSlack = s;
					bestEnd = p;
				}
			}
		}
		return bestEnd;
	}

	/**
	 * Whether the heap's top entry is due exactly at its key. A superseded entry is
	 * dropped; a vertex whose least-slack edge changed looks for its new one.
	 */
	private boolean topIsDue() {
		long key = this.heap.topKey();
		int value = this.heap.topValue();
		int type = value & 3;
		int p = value >>> 2;
		if (type == EXPAND) {
			int b = p;
			if (this.base[b] < 0 || this.parent[b] != -1 || this.label[b] != 2) {
				this.heap.pop();
				return false;
			}
			long due = this.now + blossomDual(b);
			if (due == key) {
				return true;
			}
			this.heap.pop();
			if (due > key) {
				this.heap.push(due, value);
			}
			return false;
		}
		int owner = this.ends[p ^ 1];
		int bo = this.inBlossom[owner];
		int bw = this.inBlossom[this.ends[p]];
		if (type == S_BEST) {
			if (this.label[bo] != 1 || this.sDue[owner] != key) {
				this.heap.pop();
				return false;
			}
			if (bw != bo && this.label[bw] == 1 && this.now + slack(p >> 1) / 2 == key) {
				return true;
			}
			this.heap.pop();
			rescanS(owner);
			return false;
		}
		if (this.label[bo] != 0 || this.uDue[owner] != key) {
			this.heap.pop();
			return false;
		}
		if (bw != bo && this.label[bw] == 1 && this.now + slack(p >> 1) == key) {
			return true;
		}
		this.heap.pop();
		watch(owner);
		return false;
	}

	/**
	 * Edge p/2 from S-vertex v to endpoint p has no slack left: grow, shrink or augment.
	 */
	private void useTightEdge(int v, int p) {
		int w = this.ends[p];
		int bv = this.inBlossom[v];
		int bw = this.inBlossom[w];
		int lw = this.label[bw];
		if (lw == 0) {
			assignLabel(w, 2, p ^ 1, this.tree[bv]);
		}
		else if (lw == 1) {
			int rv = this.tree[bv];
			int rw = this.tree[bw];
			if (rv != rw) {
				this.single -= 2;
				augmentMatching(p >> 1);
				dissolve(rv);
				dissolve(rw);
			}
			else {
				addBlossom(scanBlossom(v, w), p >> 1);
			}
		}
		else if (lw == 2 && this.label[w] == 0) {
			// w sits inside a T-blossom: remember it is reachable, for the blossom's
			// expansion
			this.label[w] = 2;
			this.labelEnd[w] = p ^ 1;
		}
	}

	/** The base of the blossom edge v–w closes within one tree. */
	private int scanBlossom(int v, int w) {
		int[] path = new int[8];
		int size = 0;
		int found = -1;
		while (v != -1 || w != -1) {
			int b = this.inBlossom[v];
			if ((this.label[b] & 4) != 0) {
				found = this.base[b];
				break;
			}
			if (size == path.length) {
				path = Arrays.copyOf(path, size * 2);
			}
			path[size++] = b;
			this.label[b] = 5;
			if (this.labelEnd[b] == -1) {
				v = -1;
			}
			else {
				v = endpoint(this.labelEnd[b]);
				b = this.inBlossom[v];
				v = endpoint(this.labelEnd[b]);
			}
			if (w != -1) {
				int swap = v;
				v = w;
				w = swap;
			}
		}
		for (int i = 0; i < size; i++) {
			this.label[path[i]] = 1;
		}
		return found;
	}

	private void addBlossom(int baseVertex, int k) {
		int v = this.ends[2 * k];
		int w = this.ends[2 * k + 1];
		int bb = this.inBlossom[baseVertex];
		int bv = this.inBlossom[v];
		int bw = this.inBlossom[w];
		int b = this.unused[--this.unusedTop];
		this.base[b] = baseVertex;
		this.parent[b] = -1;
		this.parent[bb] = b;
		IntList path = new IntList();
		IntList endps = new IntList();
		while (bv != bb) {
			this.parent[bv] = b;
			path.add(bv);
			endps.add(this.labelEnd[bv]);
			v = endpoint(this.labelEnd[bv]);
			bv = this.inBlossom[v];
		}
		path.add(bb);
		path.reverse();
		endps.reverse();
		endps.add(2 * k);
		while (bw != bb) {
			this.parent[bw] = b;
			path.add(bw);
			endps.add(this.labelEnd[bw] ^ 1);
			w = endpoint(this.labelEnd[bw]);
			bw = this.inBlossom[w];
		}
		this.children[b] = path.toArray();
		this.childEnds[b] = endps.toArray();
		this.label[b] = 1;
		this.labelEnd[b] = this.labelEnd[bb];
		this.tree[b] = this.tree[bb];
		this.z[b] = 0;
		this.offset[b] = 0;
		this.stamp[b] = this.now;
		for (int c : this.children[b]) {
			boolean wasT = this.label[c] == 2;
			pushDown(c);
			for (int u : leaves(c)) {
				if (wasT) {
					enqueue(u); // a T-vertex turns S inside the new S-blossom
				}
				this.inBlossom[u] = b;
			}
		}
	}

	private void expandBlossom(int b, boolean quiet) {
		pushDown(b);
		int[] kids = this.children[b];
		for (int s : kids) {
			this.parent[s] = -1;
			this.stamp[s] = this.now;
			this.tree[s] = -1;
			if (s >= this.n) {
				this.label[s] = 0;
			}
			if (s < this.n) {
				this.inBlossom[s] = s;
			}
			else if (quiet && this.z[s] == 0) {
				expandBlossom(s, true);
			}
			else {
				for (int v : leaves(s)) {
					this.inBlossom[v] = s;
				}
			}
		}
		if (!quiet && this.label[b] == 2) {
			relabelExpandedT(b, kids);
		}
		this.label[b] = -1;
		this.labelEnd[b] = -1;
		this.tree[b] = -1;
		this.children[b] = null;
		this.childEnds[b] = null;
		this.base[b] = -1;
		this.z[b] = 0;
		this.unused[this.unusedTop++] = b;
	}

	/**
	 * A T-blossom whose dual reached zero opens: the sub-blossoms on the even path from
	 * where it was entered to its base keep the tree alternating, the others are labelled
	 * T if reached from outside, else they become unlabelled.
	 */
	private void relabelExpandedT(int b, int[] kids) {
		int r = this.tree[b];
		int[] endps = this.childEnds[b];
		int size = kids.length;
		int entry = this.inBlossom[endpoint(this.labelEnd[b] ^ 1)];
		int j = indexOf(kids, entry);
		int step;
		int trick;
		if ((j & 1) != 0) {
			j -= size;
			step = 1;
			trick = 0;
		}
		else {
			step = -1;
			trick = 1;
		}
		int p = this.labelEnd[b];
		while (j != 0) {
			this.label[endpoint(p ^ 1)] = 0;
			this.label[endpoint(endps[wrap(j - trick, size)] ^ trick ^ 1)] = 0;
			assignLabel(endpoint(p ^ 1), 2, p, r);
			j += step;
			p = endps[wrap(j - trick, size)] ^ trick;
			j += step;
		}
		int bv = kids[wrap(j, size)];
		this.label[endpoint(p ^ 1)] = 2;
		this.label[bv] = 2;
		this.labelEnd[endpoint(p ^ 1)] = p;
		this.labelEnd[bv] = p;
		this.tree[bv] = r;
		if (bv >= this.n) {
			this.heap.push(this.now + this.z[bv], (bv << 2) | EXPAND);
		}
		j += step;
		while (kids[wrap(j, size)] != entry) {
			bv = kids[wrap(j, size)];
			if (this.label[bv] == 1) {
				j += step;
				continue;
			}
			int reached = -1;
			for (int v : leaves(bv)) {
				if (this.label[v] != 0) {
					if (stillReached(v)) {
						reached = v;
						break;
					}
					this.label[v] = 0;
					this.labelEnd[v] = -1;
				}
			}
			if (reached >= 0) {
				int from = this.inBlossom[endpoint(this.labelEnd[reached])];
				this.label[reached] = 0;
				this.label[endpoint(this.mate[this.base[bv]])] = 0;
				assignLabel(reached, 2, this.labelEnd[reached], this.tree[from]);
			}
			j += step;
		}
		for (int s : kids) {
			if (this.label[s] == 0) {
				for (int v : leaves(s)) {
					watch(v);
				}
			}
		}
	}

	/**
	 * Whether the S-vertex that marked v as reached (inside a T-blossom that has just
	 * opened) is still an S-vertex with a tight edge to v. With many trees alive at once
	 * a mark can outlive its tree: an augmentation dissolves the tree of the S-vertex
	 * (its edge to v then loosens) while the T-blossom's own tree goes on, and the
	 * S-vertex may since have joined another tree. Labelling v from a stale mark would
	 * hang a T-blossom on an unlabelled or foreign parent, and a later blossom would be
	 * traced through a broken tree. A child without a live mark stays unlabelled and is
	 * watched, which finds any tight edge at once.
	 */
	private boolean stillReached(int v) {
		int p = this.labelEnd[v];
		if (p < 0) {
			return false;
		}
		int bs = this.inBlossom[endpoint(p)];
		return this.label[bs] == 1 && bs != this.inBlossom[v] && slack(p >> 1) == 0;
	}

	private static int wrap(int j, int size) {
		return (j < 0) ? j + size : j;
	}

	private static int indexOf(int[] values, int value) {
		for (int i = 0; i < values.length; i++) {
			if (values[i] == value) {
				return i;
			}
		}
		throw new IllegalStateException("sub-blossom " + value + " not found");
	}

	private void augmentBlossom(int b, int v) {
		int t = v;
		while (this.parent[t] != b) {
			t = this.parent[t];
		}
		if (t >= this.n) {
			augmentBlossom(t, v);
		}
		int[] kids = this.children[b];
		int[] endps = this.childEnds[b];
		int size = kids.length;
		int i = indexOf(kids, t);
		int j = i;
		int step;
		int trick;
		if ((i & 1) != 0) {
			j -= size;
			step = 1;
			trick = 0;
		}
		else {
			step = -1;
			trick = 1;
		}
		while (j != 0) {
			j += step;
			t = kids[wrap(j, size)];
			int p = endps[wrap(j - trick, size)] ^ trick;
			if (t >= this.n) {
				augmentBlossom(t, endpoint(p));
			}
			j += step;
			t = kids[wrap(j, size)];
			if (t >= this.n) {
				augmentBlossom(t, endpoint(p ^ 1));
			}
			setMate(endpoint(p), p ^ 1);
			setMate(endpoint(p ^ 1), p);
		}
		if (i != 0) {
			int[] rotatedKids = new int[size];
			int[] rotatedEnds = new int[size];
			for (int x = 0; x < size; x++) {
				rotatedKids[x] = kids[(i + x) % size];
				rotatedEnds[x] = endps[(i + x) % size];
			}
			this.children[b] = rotatedKids;
			this.childEnds[b] = rotatedEnds;
		}
		this.base[b] = this.base[this.children[b][0]];
	}

	private void augmentMatching(int k) {
		for (int side = 0; side < 2; side++) {
			int s = this.ends[2 * k + side];
			int p = 2 * k + 1 - side;
			while (true) {
				int bs = this.inBlossom[s];
				if (bs >= this.n) {
					augmentBlossom(bs, s);
				}
				setMate(s, p);
				if (this.labelEnd[bs] == -1) {
					break;
				}
				int t = endpoint(this.labelEnd[bs]);
				int bt = this.inBlossom[t];
				s = endpoint(this.labelEnd[bt]);
				int j = endpoint(this.labelEnd[bt] ^ 1);
				if (bt >= this.n) {
					augmentBlossom(bt, j);
				}
				setMate(j, this.labelEnd[bt]);
				p = this.labelEnd[bt] ^ 1;
			}
		}
	}

	/**
	 * After an augmentation the tree rooted at r has no free root left: its blossoms
	 * become unlabelled (blossoms whose dual is zero open), and its vertices' edges to
	 * the remaining trees are watched again.
	 */
	private void dissolve(int r) {
		int[] list = this.members[r];
		int count = this.memberCount[r];
		this.members[r] = null;
		this.memberCount[r] = 0;
		if (list == null) {
			return;
		}
		IntList tops = new IntList();
		for (int i = 0; i < count; i++) {
			int b = this.inBlossom[list[i]];
			if (this.tree[b] == r && this.label[b] != 0) {
				setLabel(b, 0);
				this.labelEnd[b] = -1;
				tops.add(b);
			}
		}
		for (int i = 0; i < count; i++) {
			int v = list[i];
			int b = this.inBlossom[v];
			if (this.tree[b] == r && v != b) {
				this.label[v] = 0;
				this.labelEnd[v] = -1;
			}
		}
		for (int i = 0; i < tops.size(); i++) {
			int b = tops.get(i);
			this.tree[b] = -1;
			if (b >= this.n && this.z[b] == 0) {
				expandBlossom(b, true);
			}
		}
		this.seenStamp++;
		for (int i = 0; i < count; i++) {
			int v = list[i];
			if (this.seen[v] != this.seenStamp && this.label[this.inBlossom[v]] == 0) {
				this.seen[v] = this.seenStamp;
				watch(v);
			}
		}
	}

	/** A growable list of ints. */
	static final class IntList {

		private int[] values = new int[8];

		private int size;

		void add(int value) {
			if (this.size == this.values.length) {
				this.values = Arrays.copyOf(this.values, this.size * 2);
			}
			this.values[this.size++] = value;
		}

		int get(int i) {
			return this.values[i];
		}

		int size() {
			return this.size;
		}

		void reverse() {
			for (int i = 0, j = this.size - 1; i < j; i++, j--) {
				int t = this.values[i];
				this.values[i] = this.values[j];
				this.values[j] = t;
			}
		}

		int[] toArray() {
			return Arrays.copyOf(this.values, this.size);
		}

	}

}

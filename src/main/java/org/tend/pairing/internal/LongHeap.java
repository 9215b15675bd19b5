package org.tend.pairing.internal;

import java.util.Arrays;

/**
 * A binary min-heap of {@code long} keys carrying an {@code int} each, in two primitive
 * arrays: the solver's event queue holds millions of entries, too many for boxed ones.
 * Entries are never removed early; the solver checks each one when it reaches the top.
 */
final class LongHeap {

	private long[] keys;

	private int[] values;

	private int size;

	LongHeap(int capacity) {
		this.keys = new long[Math.max(16, capacity)];
		this.values = new int[Math.max(16, capacity)];
	}

	boolean isEmpty() {
		return this.size == 0;
	}

	int size() {
		return this.size;
	}

	long topKey() {
		return this.keys[0];
	}

	int topValue() {
		return this.values[0];
	}

	void push(long key, int value) {
		if (this.size == this.keys.length) {
			int grown = this.size + (this.size >> 1);
			this.keys = Arrays.copyOf(this.keys, grown);
			this.values = Arrays.copyOf(this.values, grown);
		}
		int i = this.size++;
		while (i > 0) {
			int parent = (i - 1) >>> 1;
			if (this.keys[parent] <= key) {
				break;
			}
			this.keys[i] = this.keys[parent];
			this.values[i] = this.values[parent];
			i = parent;
		}
		this.keys[i] = key;
		this.values[i] = value;
	}

	void pop() {
		int last = --this.size;
		if (last == 0) {
			return;
		}
		long key = this.keys[last];
		int value = this.values[last];
		int i = 0;
		int half = last >>> 1;
		while (i < half) {
			int child = 2 * i + 1;
			if (child + 1 < last && this.keys[child + 1] < this.keys[child]) {
				child++;
			}
			if (this.keys[child] >= key) {
				break;
			}
			this.keys[i] = this.keys[child];
			this.values[i] = this.values[child];
			i = child;
		}
		this.keys[i] = key;
		this.values[i] = value;
	}

}

package org.tend.shared;

import java.util.List;
import java.util.function.Function;

/** One page of a list: the API returns it as {items, page, size, total}. */
public record PageOf<T>(List<T> items, int page, int size, long total) {

	public static final int MAX_SIZE = 200;

	public PageOf {
		items = List.copyOf(items);
	}

	public int pages() {
		return size == 0 ? 0 : (int) ((total + size - 1) / size);
	}

	public boolean hasNext() {
		return (long) (page + 1) * size < total;
	}

	public boolean hasPrevious() {
		return page > 0;
	}

	public <R> PageOf<R> map(Function<T, R> mapper) {
		return new PageOf<>(items.stream().map(mapper).toList(), page, size, total);
	}

}

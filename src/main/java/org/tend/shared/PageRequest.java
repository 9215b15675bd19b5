package org.tend.shared;

/**
 * A page asked for: page numbers start at 0, sizes are capped so no request reads
 * everything.
 */
public record PageRequest(int page, int size) {

	public PageRequest {
		if (page < 0) {
			throw new IllegalArgumentException("page must be 0 or more");
		}
		if (size < 1 || size > PageOf.MAX_SIZE) {
			throw new IllegalArgumentException("size must be between 1 and " + PageOf.MAX_SIZE);
		}
	}

	public static PageRequest of(Integer page, Integer size, int defaultSize) {
		return new PageRequest(page == null ? 0 : page, size == null ? defaultSize : size);
	}

	public long offset() {
		return (long) page * size;
	}

}

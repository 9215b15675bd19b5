package org.tend.shared;

import org.tend.shared.web.InvalidInput;

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

	/**
	 * The page a request asked for (null: the first page, the default size). A number out
	 * of range is the caller's bad input, named ({@code page} or {@code size}) so that
	 * the API answers it like any other bad field.
	 */
	public static PageRequest of(Integer page, Integer size, int defaultSize) {
		if (page != null && page < 0) {
			throw InvalidInput.of("page", "page must be 0 or more");
		}
		if (size != null && (size < 1 || size > PageOf.MAX_SIZE)) {
			throw InvalidInput.of("size", "size must be between 1 and " + PageOf.MAX_SIZE);
		}
		return new PageRequest(page == null ? 0 : page, size == null ? defaultSize : size);
	}

	public long offset() {
		return (long) page * size;
	}

}

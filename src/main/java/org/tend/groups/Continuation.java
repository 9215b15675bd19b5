package org.tend.groups;

import java.time.Instant;
import java.util.UUID;

/**
 * Where a group stands on "keep going / close": {@code running} until its last session
 * starts, then {@code choosing} until more than half of its members agree; keeping going
 * adds sessions (running again), closing ends it ({@code closed}). Counts, not who
 * answered what; {@code mine} is the caller's own answer (null: none).
 */
public record Continuation(UUID groupId, String state, int afterSession, int members, int keep, int close, String mine,
		Instant closedAt) {

	public static final String KEEP = "keep";

	public static final String CLOSE = "close";

}

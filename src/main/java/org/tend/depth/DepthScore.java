package org.tend.depth;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A person's depth, 0 to 100: exactly the sum of its components' contributions.
 */
public record DepthScore(UUID personId, double score, String modelVersion, Instant computedAt,
		List<DepthComponent> components) {

	public DepthScore {
		components = List.copyOf(components);
	}

}

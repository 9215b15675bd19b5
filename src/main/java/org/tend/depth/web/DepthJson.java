package org.tend.depth.web;

import java.time.Instant;
import java.util.List;

import org.tend.depth.DepthComponent;
import org.tend.depth.DepthScore;

/** A person's depth as the API returns it: the contributions add up to the score. */
record DepthJson(double score, String modelVersion, Instant computedAt, List<DepthComponent> components) {

	static DepthJson of(DepthScore score) {
		return new DepthJson(score.score(), score.modelVersion(), score.computedAt(), score.components());
	}

}

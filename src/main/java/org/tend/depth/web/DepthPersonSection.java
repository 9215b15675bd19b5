package org.tend.depth.web;

import java.util.UUID;

import org.springframework.stereotype.Component;
import org.tend.depth.DepthScore;
import org.tend.depth.DepthService;
import org.tend.people.PersonPageSection;

/** The person page's "depth" card: the score and each of its parts in words. */
@Component
class DepthPersonSection implements PersonPageSection {

	private final DepthService depth;

	DepthPersonSection(DepthService depth) {
		this.depth = depth;
	}

	@Override
	public int order() {
		return 5;
	}

	@Override
	public String template() {
		return "depth/person-section";
	}

	@Override
	public DepthScore data(UUID ownerId, UUID personId) {
		return this.depth.score(ownerId, personId);
	}

}

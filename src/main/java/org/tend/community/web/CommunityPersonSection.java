package org.tend.community.web;

import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.tend.community.PairingService;
import org.tend.community.PairingService.MetThrough;
import org.tend.people.PersonPageSection;

/**
 * The person page's "met through a community": for a person recorded from a community
 * coffee, how often the two were paired and met there. Nothing for anyone else.
 */
@Component
class CommunityPersonSection implements PersonPageSection {

	private final PairingService pairings;

	CommunityPersonSection(PairingService pairings) {
		this.pairings = pairings;
	}

	@Override
	public int order() {
		return 35;
	}

	@Override
	public String template() {
		return "community/person-section";
	}

	@Override
	public List<MetThrough> data(UUID ownerId, UUID personId) {
		return this.pairings.metThrough(ownerId, personId);
	}

}

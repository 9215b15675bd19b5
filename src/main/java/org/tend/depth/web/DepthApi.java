package org.tend.depth.web;

import java.util.UUID;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.tend.accounts.CurrentMember;
import org.tend.depth.DepthService;

/** A person's depth score with its parts, as JSON (docs/depth-model.md). */
@RestController
class DepthApi {

	private final DepthService depth;

	DepthApi(DepthService depth) {
		this.depth = depth;
	}

	/** Another member's person, or none, is a 404. */
	@GetMapping("/api/v1/people/{id}/depth")
	DepthJson depth(CurrentMember member, @PathVariable UUID id) {
		return DepthJson.of(this.depth.score(member.id(), id));
	}

}

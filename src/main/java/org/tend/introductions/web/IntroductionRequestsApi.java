package org.tend.introductions.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.tend.accounts.CurrentMember;
import org.tend.introductions.IntroduceFromRequest;
import org.tend.introductions.Introduction;
import org.tend.introductions.IntroductionRequest;
import org.tend.introductions.IntroductionRequestsService;
import org.tend.introductions.NewIntroductionRequest;
import org.tend.introductions.RequestLimits;

/**
 * Requests for an introduction between members of a community, as JSON: asking, the
 * member's own requests (sent and received), answering "not now" or with an introduction,
 * and the limits on incoming ones.
 */
@RestController
class IntroductionRequestsApi {

	private final IntroductionRequestsService requests;

	IntroductionRequestsApi(IntroductionRequestsService requests) {
		this.requests = requests;
	}

	/** Asks another member of the community; 201 with the request, status "pending". */
	@PostMapping("/api/v1/communities/{id}/introduction-requests")
	ResponseEntity<IntroductionRequest> ask(CurrentMember member, @PathVariable UUID id,
			@RequestBody NewIntroductionRequest request) {
		IntroductionRequest asked = this.requests.ask(member.id(), id, request);
		return ResponseEntity.created(URI.create("/api/v1/introduction-requests")).body(asked);
	}

	/** The member's own requests, incoming and outgoing, newest first. */
	@GetMapping("/api/v1/introduction-requests")
	Items requests(CurrentMember member) {
		return new Items(this.requests.requests(member.id()));
	}

	/** Answers a request "not now"; 204. */
	@PostMapping("/api/v1/introduction-requests/{id}/decline")
	ResponseEntity<Void> decline(CurrentMember member, @PathVariable UUID id) {
		this.requests.decline(member.id(), id);
		return ResponseEntity.noContent().build();
	}

	/**
	 * Answers a request with a double opt-in introduction of the asker to a person of the
	 * member's journal; 201 with the introduction.
	 */
	@PostMapping("/api/v1/introduction-requests/{id}/introduce")
	ResponseEntity<Introduction> introduce(CurrentMember member, @PathVariable UUID id,
			@RequestBody IntroduceFromRequest introduction) {
		Introduction asked = this.requests.introduce(member.id(), id, introduction);
		return ResponseEntity.created(URI.create("/api/v1/introductions/" + asked.id())).body(asked);
	}

	@GetMapping("/api/v1/me/introduction-limits")
	RequestLimits limits(CurrentMember member) {
		return this.requests.limits(member.id());
	}

	@PutMapping("/api/v1/me/introduction-limits")
	RequestLimits saveLimits(CurrentMember member, @RequestBody RequestLimits limits) {
		return this.requests.saveLimits(member.id(), limits);
	}

	record Items(List<IntroductionRequest> items) {
	}

}

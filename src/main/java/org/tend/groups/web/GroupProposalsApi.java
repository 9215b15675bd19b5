package org.tend.groups.web;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.tend.accounts.CurrentMember;
import org.tend.groups.GroupProposal;
import org.tend.groups.GroupProposalsService;
import org.tend.groups.ProposalInput;
import org.tend.groups.SmallGroup;

/**
 * Groups members propose: propose, see the open ones, join, start early, withdraw, leave.
 */
@RestController
class GroupProposalsApi {

	private final GroupProposalsService proposals;

	private final Clock clock;

	GroupProposalsApi(GroupProposalsService proposals, Clock clock) {
		this.proposals = proposals;
		this.clock = clock;
	}

	record ProposalBody(String topic, String mode, String city, Integer size, Integer sessions, Integer intervalDays,
			Instant firstAt) {
	}

	record ProposalView(UUID id, UUID communityId, UUID proposerId, String topic, String mode, String city, int size,
			int openSeats, List<UUID> memberIds, List<SmallGroup.Member> members, int sessions, int intervalDays,
			Instant firstAt, UUID groupId, Instant createdAt) {

		static ProposalView of(GroupProposal p) {
			return new ProposalView(p.id(), p.communityId(), p.proposerId(), p.topic(), p.mode(), p.city(), p.size(),
					p.openSeats(), p.members().stream().map(SmallGroup.Member::memberId).toList(), p.members(),
					p.sessions(), p.intervalDays(), p.firstAt(), p.groupId(), p.createdAt());
		}

	}

	@PostMapping("/api/v1/communities/{id}/group-proposals")
	ResponseEntity<ProposalView> propose(CurrentMember member, @PathVariable UUID id,
			@RequestBody(required = false) ProposalBody body) {
		ProposalBody b = (body != null) ? body : new ProposalBody(null, null, null, null, null, null, null);
		ProposalInput input = ProposalInput.parse(b.topic(), b.mode(), b.city(), b.size(), b.sessions(),
				b.intervalDays(), b.firstAt(), this.clock.instant());
		GroupProposal proposal = this.proposals.propose(member.id(), id, input);
		return ResponseEntity.created(URI.create("/api/v1/communities/" + id + "/group-proposals/" + proposal.id()))
			.body(ProposalView.of(proposal));
	}

	/** The proposals not yet a group, oldest first. */
	@GetMapping("/api/v1/communities/{id}/group-proposals")
	Map<String, List<ProposalView>> open(CurrentMember member, @PathVariable UUID id) {
		return Map.of("items", this.proposals.open(member.id(), id).stream().map(ProposalView::of).toList());
	}

	/** Takes a seat: 200; the last seat makes it a group ({@code groupId}). */
	@PostMapping("/api/v1/communities/{id}/group-proposals/{proposalId}/join")
	ProposalView join(CurrentMember member, @PathVariable UUID id, @PathVariable UUID proposalId) {
		return ProposalView.of(this.proposals.join(member.id(), id, proposalId));
	}

	/**
	 * The proposer makes it a group before every seat is taken (four members at least).
	 */
	@PostMapping("/api/v1/communities/{id}/group-proposals/{proposalId}/start")
	ProposalView start(CurrentMember member, @PathVariable UUID id, @PathVariable UUID proposalId) {
		return ProposalView.of(this.proposals.start(member.id(), id, proposalId));
	}

	/** The proposer takes it back before it is a group: 204. */
	@PostMapping("/api/v1/communities/{id}/group-proposals/{proposalId}/withdraw")
	ResponseEntity<Void> withdraw(CurrentMember member, @PathVariable UUID id, @PathVariable UUID proposalId) {
		this.proposals.withdraw(member.id(), id, proposalId);
		return ResponseEntity.noContent().build();
	}

	/** A member who joined gives their seat back before it is a group: 200. */
	@PostMapping("/api/v1/communities/{id}/group-proposals/{proposalId}/leave")
	ProposalView leave(CurrentMember member, @PathVariable UUID id, @PathVariable UUID proposalId) {
		return ProposalView.of(this.proposals.leave(member.id(), id, proposalId));
	}

}

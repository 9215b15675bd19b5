package org.tend.community.web;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.tend.accounts.CurrentMember;
import org.tend.community.Answer;
import org.tend.community.Pairing;
import org.tend.community.PairingService;
import org.tend.community.web.CommunityJson.Items;
import org.tend.meetings.MeetingDetails;

/** The caller's own coffees and private answers; anyone else's pairing is 404. */
@RestController
class PairingsApi {

	private final PairingService pairings;

	PairingsApi(PairingService pairings) {
		this.pairings = pairings;
	}

	record PartnerView(UUID memberId, String displayName, String email, String headline, String city,
			boolean leftCommunity) {
	}

	record PairingView(UUID id, UUID communityId, String communityName, UUID roundId, int round, Instant suggestedAt,
			int score, List<String> reasons, List<PartnerView> partners, String outcome, Integer rating, String note,
			boolean recorded, boolean askedAgain, int meeting) {

		static PairingView of(Pairing p) {
			return new PairingView(p.groupId(), p.communityId(), p.communityName(), p.roundId(), p.round(),
					p.suggestedAt(), p.score(), p.reasons(),
					p.partners()
						.stream()
						.map((x) -> new PartnerView(x.memberId(), x.displayName(), x.email(),
								x.left() ? null : x.profile().headline(), x.left() ? null : x.profile().city(),
								x.left()))
						.toList(),
					(p.outcome() != null) ? p.outcome().code() : null, p.rating(), p.note(), p.recorded(),
					p.askedAgain(), p.meeting());
		}

	}

	record AnswerBody(String outcome, Integer rating, String note) {
	}

	@GetMapping("/api/v1/pairings")
	Items<PairingView> mine(CurrentMember member) {
		return new Items<>(this.pairings.pairings(member.id()).stream().map(PairingView::of).toList());
	}

	@PutMapping("/api/v1/pairings/{id}/answer")
	PairingView answer(CurrentMember member, @PathVariable UUID id, @RequestBody(required = false) AnswerBody body) {
		this.pairings.pairing(member.id(), id);
		AnswerBody b = (body != null) ? body : new AnswerBody(null, null, null);
		return PairingView.of(this.pairings.answer(member.id(), id, Answer.parse(b.outcome(), b.rating(), b.note())));
	}

	/**
	 * "I'd like to meet again": 204, also when asked before; a pair of another round, or
	 * one the caller was not in, is 404.
	 */
	@PostMapping("/api/v1/rounds/{roundId}/pairs/{pairId}/again")
	ResponseEntity<Void> again(CurrentMember member, @PathVariable UUID roundId, @PathVariable UUID pairId) {
		this.pairings.askAgain(member.id(), roundId, pairId);
		return ResponseEntity.noContent().build();
	}

	/** Records the met coffee in the caller's journal: 201 with the meeting's address. */
	@PostMapping("/api/v1/pairings/{id}/journal")
	ResponseEntity<Map<String, UUID>> record(CurrentMember member, @PathVariable UUID id) {
		MeetingDetails meeting = this.pairings.recordInJournal(member, id);
		return ResponseEntity.created(URI.create("/api/v1/meetings/" + meeting.id()))
			.body(Map.of("meetingId", meeting.id()));
	}

}

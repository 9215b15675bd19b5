package org.tend.community.web;

import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tend.accounts.CurrentMember;
import org.tend.community.PublishedRound;
import org.tend.community.RoundService;
import org.tend.community.matching.Fit;
import org.tend.community.matching.FitReason;
import org.tend.community.web.CommunityJson.FiguresView;
import org.tend.community.web.CommunityJson.Items;
import org.tend.community.web.CommunityJson.RoundView;

/** Fit, rounds and figures in the JSON API: organizers only (members get 403). */
@RestController
class RoundsApi {

	private final RoundService rounds;

	RoundsApi(RoundService rounds) {
		this.rounds = rounds;
	}

	record FitView(int score, java.util.List<FitReason> reasons) {
	}

	/** The fit of two members: a round's total is the sum of its pairs' scores. */
	@GetMapping("/api/v1/communities/{id}/fit")
	FitView fit(CurrentMember member, @PathVariable UUID id, @RequestParam(required = false) UUID a,
			@RequestParam(required = false) UUID b) {
		Fit fit = this.rounds.fit(member.id(), id, a, b);
		return new FitView(fit.score(), fit.reasons());
	}

	/** The next round to be published; nothing is saved or sent. */
	@PostMapping("/api/v1/communities/{id}/rounds/preview")
	RoundView preview(CurrentMember member, @PathVariable UUID id) {
		return RoundView.of(null, null, this.rounds.preview(member.id(), id));
	}

	/** Publishes this period's round: 201, or 409 when the period has one already. */
	@PostMapping("/api/v1/communities/{id}/rounds")
	ResponseEntity<RoundView> publish(CurrentMember member, @PathVariable UUID id) {
		PublishedRound round = this.rounds.publish(member.id(), id);
		return ResponseEntity.status(HttpStatus.CREATED).body(RoundView.of(round.id(), round.number(), round.plan()));
	}

	@GetMapping("/api/v1/communities/{id}/rounds/figures")
	Items<FiguresView> figures(CurrentMember member, @PathVariable UUID id) {
		return new Items<>(this.rounds.figures(member.id(), id).stream().map(FiguresView::of).toList());
	}

}

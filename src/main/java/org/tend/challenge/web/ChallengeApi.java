package org.tend.challenge.web;

import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.tend.accounts.CurrentMember;
import org.tend.challenge.ChallengeService;
import org.tend.challenge.ChallengeWeek;

/** This week of the challenge in the JSON API; another member's person answers 404. */
@RestController
@RequestMapping("/api/v1/challenge/current")
class ChallengeApi {

	private final ChallengeService challenge;

	ChallengeApi(ChallengeService challenge) {
		this.challenge = challenge;
	}

	/** The ISO week in the member's zone, the goal, progress, streak and suggestions. */
	@GetMapping
	ChallengeWeek current(CurrentMember member) {
		return this.challenge.current(member.id(), member.zone());
	}

	/** Never suggests the person again this week; answers the week without them. */
	@PostMapping("/dismiss")
	ChallengeWeek dismiss(CurrentMember member, @Valid @RequestBody Dismissal dismissal) {
		this.challenge.dismiss(member.id(), member.zone(), dismissal.personId());
		return this.challenge.current(member.id(), member.zone());
	}

	/** Whom to stop suggesting this week. */
	record Dismissal(@NotNull UUID personId) {
	}

}

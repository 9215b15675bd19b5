package org.tend.challenge.web;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.tend.accounts.CurrentMember;
import org.tend.challenge.ChallengeService;

/** A meeting's calendar invitation in the JSON API; another member's meeting is 404. */
@RestController
class InviteApi {

	private final ChallengeService challenge;

	InviteApi(ChallengeService challenge) {
		this.challenge = challenge;
	}

	/**
	 * The meeting as an iCalendar (RFC 5545) event: start in the member's zone (with its
	 * VTIMEZONE), end, summary, place, the member as organizer.
	 */
	@GetMapping("/api/v1/meetings/{id}/invite.ics")
	@ApiResponse(responseCode = "200", description = "the invitation",
			content = @Content(mediaType = "text/calendar", schema = @Schema(type = "string")))
	ResponseEntity<byte[]> invite(CurrentMember member, @PathVariable UUID id) {
		return calendar(
				this.challenge.inviteCalendar(member.id(), member.zone(), member.displayName(), member.email(), id));
	}

	/** The document as a download named {@code invite.ics}. */
	static ResponseEntity<byte[]> calendar(String ics) {
		return ResponseEntity.ok()
			.header("Content-Type", "text/calendar; charset=utf-8")
			.header("Content-Disposition", "attachment; filename=\"invite.ics\"")
			.body(ics.getBytes(StandardCharsets.UTF_8));
	}

}

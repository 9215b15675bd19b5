package org.tend.challenge.web;

import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.tend.accounts.CurrentMember;
import org.tend.challenge.ChallengeService;
import org.tend.meetings.MeetingsService;

/** The invitation to a meeting: the message to send and the calendar file to attach. */
@Controller
class InvitePage {

	private final ChallengeService challenge;

	private final MeetingsService meetings;

	InvitePage(ChallengeService challenge, MeetingsService meetings) {
		this.challenge = challenge;
		this.meetings = meetings;
	}

	@GetMapping("/challenge/meetings/{id}/invite")
	String show(CurrentMember member, @PathVariable UUID id, Model model) {
		model.addAttribute("invite", this.challenge.invite(member.id(), member.zone(), member.displayName(), id));
		model.addAttribute("meeting", this.meetings.get(member.id(), id));
		model.addAttribute("zone", member.zone());
		return "challenge/invite";
	}

	/** The same file as the API's, for a signed-in browser. */
	@GetMapping("/challenge/meetings/{id}/invite.ics")
	ResponseEntity<byte[]> download(CurrentMember member, @PathVariable UUID id) {
		return InviteApi.calendar(
				this.challenge.inviteCalendar(member.id(), member.zone(), member.displayName(), member.email(), id));
	}

}

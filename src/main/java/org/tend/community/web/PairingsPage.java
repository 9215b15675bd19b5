package org.tend.community.web;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tend.accounts.CurrentMember;
import org.tend.community.Answer;
import org.tend.community.Pairing;
import org.tend.community.PairingService;
import org.tend.meetings.MeetingDetails;
import org.tend.shared.web.InvalidInput;
import org.tend.shared.web.Notice;

/**
 * "My pairings": the member's coffees across communities, the private "did you meet?"
 * answer, the one click that records a met coffee in the journal, and each coffee's
 * calendar event (the introduction mail links here: the outbox sends no attachments).
 */
@Controller
class PairingsPage {

	private final PairingService pairings;

	PairingsPage(PairingService pairings) {
		this.pairings = pairings;
	}

	@GetMapping("/communities/pairings")
	String list(CurrentMember member, Model model) {
		model.addAttribute("pairings", this.pairings.pairings(member.id()));
		model.addAttribute("zone", member.zone());
		return "community/pairings";
	}

	@PostMapping("/communities/pairings/{id}/answer")
	String answer(CurrentMember member, @PathVariable UUID id, @RequestParam(required = false) String outcome,
			@RequestParam(required = false) Integer rating, @RequestParam(required = false) String note,
			RedirectAttributes redirect) {
		this.pairings.pairing(member.id(), id);
		try {
			this.pairings.answer(member.id(), id, Answer.parse(outcome, rating, note));
			redirect.addFlashAttribute("notice", new Notice("community.notice.answerSaved"));
		}
		catch (InvalidInput ex) {
			redirect.addFlashAttribute("problem", ex.getMessage());
		}
		return "redirect:/communities/pairings#pairing-" + id;
	}

	/**
	 * "I'd like to meet again": htmx swaps the button for the answer, a plain post
	 * redirects.
	 */
	@PostMapping("/communities/pairings/{id}/again")
	String again(CurrentMember member, @PathVariable UUID id,
			@RequestHeader(name = "HX-Request", defaultValue = "false") boolean htmx, Model model,
			RedirectAttributes redirect) {
		Pairing pairing = this.pairings.pairing(member.id(), id);
		pairing = this.pairings.askAgain(member.id(), pairing.roundId(), id);
		if (!htmx) {
			redirect.addFlashAttribute("notice", new Notice("community.notice.againAsked"));
			return "redirect:/communities/pairings#pairing-" + id;
		}
		model.addAttribute("p", pairing);
		return "community/pairings :: again";
	}

	@PostMapping("/communities/pairings/{id}/journal")
	String record(CurrentMember member, @PathVariable UUID id, RedirectAttributes redirect) {
		try {
			MeetingDetails meeting = this.pairings.recordInJournal(member, id);
			return "redirect:/meetings/" + meeting.id();
		}
		catch (InvalidInput ex) {
			redirect.addFlashAttribute("problem", ex.getMessage());
			return "redirect:/communities/pairings";
		}
	}

	@GetMapping("/communities/pairings/{id}/invite.ics")
	ResponseEntity<byte[]> calendar(CurrentMember member, @PathVariable UUID id) {
		return ResponseEntity.ok()
			.header("Content-Type", "text/calendar; charset=utf-8")
			.header("Content-Disposition", "attachment; filename=\"coffee.ics\"")
			.body(this.pairings.calendar(member, id).getBytes(StandardCharsets.UTF_8));
	}

}

package org.tend.introductions.web;

import java.util.Locale;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tend.accounts.CurrentMember;
import org.tend.introductions.IntroduceFromRequest;
import org.tend.introductions.IntroductionRefused;
import org.tend.introductions.IntroductionRequest;
import org.tend.introductions.IntroductionRequestRefused;
import org.tend.introductions.IntroductionRequestsService;
import org.tend.people.PeopleService;
import org.tend.shared.web.InvalidInput;

/**
 * Answering a request with an introduction: the member chooses a person of their own
 * journal and writes a reason for each side; Tend then asks both, as any double opt-in
 * (the asker joins the member's journal only now).
 */
@Controller
class RequestIntroducePage {

	private static final String VIEW = "introductions/request-introduce";

	private final IntroductionRequestsService requests;

	private final PeopleService people;

	private final MessageSource messages;

	RequestIntroducePage(IntroductionRequestsService requests, PeopleService people, MessageSource messages) {
		this.requests = requests;
		this.people = people;
		this.messages = messages;
	}

	@GetMapping("/introductions/requests/{id}/introduce")
	String form(CurrentMember member, @PathVariable UUID id, Model model) {
		return show(member, id, new IntroduceFromRequest(null, "", "", ""), null, model);
	}

	@PostMapping("/introductions/requests/{id}/introduce")
	String introduce(CurrentMember member, @PathVariable UUID id, @RequestParam(required = false) UUID personId,
			@RequestParam(defaultValue = "") String askerReason, @RequestParam(defaultValue = "") String personReason,
			@RequestParam(defaultValue = "") String message, Model model, RedirectAttributes redirect) {
		IntroduceFromRequest form = new IntroduceFromRequest(personId, askerReason, personReason, message);
		try {
			this.requests.introduce(member.id(), id, form);
			redirect.addFlashAttribute("done", "introduced");
			return "redirect:/introductions/requests";
		}
		catch (InvalidInput | IntroductionRequestRefused ex) {
			return show(member, id, form, ex.getMessage(), model);
		}
		catch (IntroductionRefused ex) {
			String key = (ex.reason() == IntroductionRefused.Reason.PENDING) ? "introductions.error.pending"
					: "introductions.error.dailyLimit";
			return show(member, id, form, this.messages.getMessage(key, null, Locale.ENGLISH), model);
		}
	}

	private String show(CurrentMember member, UUID id, IntroduceFromRequest form, String problem, Model model) {
		IntroductionRequest request = this.requests.incoming(member.id(), id);
		model.addAttribute("request", request);
		model.addAttribute("form", form);
		model.addAttribute("problem", problem);
		model.addAttribute("people", this.people.allSummaries(member.id()));
		return VIEW;
	}

}

package org.tend.introductions.web;

import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tend.accounts.CurrentMember;
import org.tend.introductions.Introduction;
import org.tend.introductions.IntroductionRefused;
import org.tend.introductions.IntroductionsService;
import org.tend.people.PeopleService;
import org.tend.shared.web.InvalidInput;

/**
 * The member's introduction form, reached from a person's page ("Introduce to…") or a
 * meeting's. Asking sends both requests and returns to the first person's page.
 */
@Controller
class IntroductionsPage {

	private static final String VIEW = "introductions/form";

	private final IntroductionsService introductions;

	private final PeopleService people;

	private final MessageSource messages;

	IntroductionsPage(IntroductionsService introductions, PeopleService people, MessageSource messages) {
		this.introductions = introductions;
		this.people = people;
		this.messages = messages;
	}

	@GetMapping("/introductions/new")
	String form(CurrentMember member, @RequestParam(required = false) UUID personId, Model model) {
		if (personId != null) {
			this.people.requireOwned(member.id(), java.util.List.of(personId));
		}
		model.addAttribute("form", IntroductionForm.startingWith(personId));
		return show(member, model);
	}

	@PostMapping("/introductions")
	String ask(CurrentMember member, @ModelAttribute("form") IntroductionForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		if (binding.hasErrors()) {
			return show(member, model);
		}
		try {
			Introduction asked = this.introductions.ask(member.id(), form.toCommand());
			redirect.addFlashAttribute("introductionAsked", true);
			return "redirect:/people/" + asked.sides().getFirst().personId();
		}
		catch (InvalidInput ex) {
			binding.rejectValue(form.fieldOf(ex.field()), "invalid", ex.getMessage());
		}
		catch (IntroductionRefused ex) {
			String key = (ex.reason() == IntroductionRefused.Reason.PENDING) ? "introductions.error.pending"
					: "introductions.error.dailyLimit";
			binding.reject("refused", this.messages.getMessage(key, null, java.util.Locale.ENGLISH));
		}
		return show(member, model);
	}

	private String show(CurrentMember member, Model model) {
		model.addAttribute("people", this.people.allSummaries(member.id()));
		return VIEW;
	}

}

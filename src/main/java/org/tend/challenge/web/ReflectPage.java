package org.tend.challenge.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tend.accounts.CurrentMember;
import org.tend.challenge.ChallengeService;
import org.tend.challenge.MeetingReflection;
import org.tend.ledger.Direction;
import org.tend.ledger.ExchangeKind;
import org.tend.meetings.MeetingDetails;
import org.tend.meetings.MeetingsService;
import org.tend.shared.web.InvalidInput;
import org.tend.shared.web.Notice;

/**
 * After the meeting: the reflection with the promises made and the help that changed
 * hands, saved together. A bad line re-renders the form, with what was typed and the
 * reason, and saves nothing.
 */
@Controller
class ReflectPage {

	private final ChallengeService challenge;

	private final MeetingsService meetings;

	ReflectPage(ChallengeService challenge, MeetingsService meetings) {
		this.challenge = challenge;
		this.meetings = meetings;
	}

	@GetMapping("/challenge/meetings/{id}/reflect")
	String show(CurrentMember member, @PathVariable UUID id, Model model) {
		MeetingDetails meeting = this.meetings.get(member.id(), id);
		return page(meeting, ReflectForm.of(meeting.reflection()), List.of(), model);
	}

	@PostMapping("/challenge/meetings/{id}/reflect")
	String save(CurrentMember member, @PathVariable UUID id, @Valid @ModelAttribute("form") ReflectForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		MeetingDetails meeting = this.meetings.get(member.id(), id);
		List<String> problems = new ArrayList<>();
		for (FieldError error : result.getFieldErrors()) {
			problems.add(error.getField() + ": " + error.getDefaultMessage());
		}
		UUID onlyPerson = (meeting.personIds().size() == 1) ? meeting.personIds().get(0) : null;
		MeetingReflection reflection = problems.isEmpty() ? form.toReflection(onlyPerson, problems) : null;
		if (reflection == null) {
			return page(meeting, form.withEmptyRows(), problems, model);
		}
		try {
			this.challenge.reflect(member.id(), member.zone(), id, reflection);
		}
		catch (InvalidInput ex) {
			return page(meeting, form.withEmptyRows(), List.of(ex.field() + ": " + ex.getMessage()), model);
		}
		catch (IllegalArgumentException ex) {
			return page(meeting, form.withEmptyRows(), List.of(ex.getMessage()), model);
		}
		redirect.addFlashAttribute("notice", new Notice("challenge.reflect.saved"));
		return "redirect:/meetings/" + id;
	}

	private static String page(MeetingDetails meeting, ReflectForm form, List<String> problems, Model model) {
		model.addAttribute("meeting", meeting);
		model.addAttribute("form", form);
		model.addAttribute("problems", problems);
		model.addAttribute("directions", Direction.values());
		model.addAttribute("kinds", ExchangeKind.values());
		return "challenge/reflect";
	}

}

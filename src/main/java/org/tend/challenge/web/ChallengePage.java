package org.tend.challenge.web;

import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tend.accounts.CurrentMember;
import org.tend.challenge.ChallengeOverview;
import org.tend.challenge.ChallengeService;
import org.tend.challenge.ChallengeSettings;
import org.tend.challenge.Pace;
import org.tend.challenge.Suggestion;
import org.tend.meetings.MeetingDetails;
import org.tend.people.PeopleService;
import org.tend.people.PersonSummary;
import org.tend.shared.web.InvalidInput;
import org.tend.shared.web.Notice;

/**
 * The challenge page: this week, progress, streak, the yearly calendar and who to meet,
 * with "plan a coffee" and "not this week" (htmx swaps the suggestions; without
 * JavaScript the page reloads).
 */
@Controller
class ChallengePage {

	private final ChallengeService challenge;

	private final PeopleService people;

	ChallengePage(ChallengeService challenge, PeopleService people) {
		this.challenge = challenge;
		this.people = people;
	}

	@GetMapping("/challenge")
	String show(CurrentMember member, Model model) {
		model.addAttribute("paces", Pace.values());
		return page(member, model, "challenge/challenge");
	}

	/** Plans a coffee with the person and shows the invitation to send. */
	@PostMapping("/challenge/suggestions/{personId}/plan")
	String plan(CurrentMember member, @PathVariable UUID personId, @RequestParam(required = false) String startsAt,
			@RequestParam(required = false) String place) {
		LocalDateTime start = null;
		if (startsAt != null && !startsAt.isBlank()) {
			try {
				start = LocalDateTime.parse(startsAt.strip());
			}
			catch (DateTimeParseException ex) {
				throw InvalidInput.of("startsAt", "Enter the date and time of the coffee, such as 2026-11-24T10:00.");
			}
		}
		MeetingDetails coffee;
		try {
			coffee = this.challenge.planCoffee(member.id(), member.zone(), personId, start, place);
		}
		catch (IllegalArgumentException ex) {
			throw InvalidInput.of((start != null && ex.getMessage().contains("from now on")) ? "startsAt" : "place",
					ex.getMessage());
		}
		return "redirect:/challenge/meetings/" + coffee.id() + "/invite";
	}

	@PostMapping("/challenge/suggestions/{personId}/dismiss")
	String dismiss(CurrentMember member, @PathVariable UUID personId,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model,
			RedirectAttributes redirect) {
		this.challenge.dismiss(member.id(), member.zone(), personId);
		String name = this.people.summary(member.id(), personId).map(PersonSummary::name).orElse("");
		if (htmx != null) {
			model.addAttribute("dismissedName", name);
			return page(member, model, "challenge/challenge :: suggestions");
		}
		redirect.addFlashAttribute("dismissedName", name);
		return "redirect:/challenge";
	}

	@PostMapping("/challenge/settings")
	String settings(CurrentMember member, @RequestParam int goal, @RequestParam String pace,
			RedirectAttributes redirect) {
		ChallengeSettings settings;
		try {
			settings = new ChallengeSettings(goal, Pace.fromCode(pace));
		}
		catch (IllegalArgumentException ex) {
			throw InvalidInput.of("goal", ex.getMessage());
		}
		this.challenge.changeSettings(member.id(), settings);
		redirect.addFlashAttribute("notice", new Notice("challenge.settings.saved"));
		return "redirect:/challenge";
	}

	private String page(CurrentMember member, Model model, String view) {
		ChallengeOverview overview = this.challenge.overview(member.id(), member.zone());
		List<UUID> ids = overview.week().suggestions().stream().map(Suggestion::personId).toList();
		Map<UUID, PersonSummary> names = this.people.summaries(member.id(), ids);
		model.addAttribute("overview", overview);
		model.addAttribute("coffeeTime", this.challenge.suggestedCoffeeTime(member.zone()).toString());
		model.addAttribute("suggestions",
				overview.week()
					.suggestions()
					.stream()
					.filter((s) -> names.containsKey(s.personId()))
					.map((s) -> new SuggestionView(s, names.get(s.personId())))
					.toList());
		return view;
	}

	/** A suggestion with the person's name, for the page. */
	record SuggestionView(Suggestion suggestion, PersonSummary person) {
	}

}

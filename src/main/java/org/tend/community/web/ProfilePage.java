package org.tend.community.web;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tend.accounts.CurrentMember;
import org.tend.community.CommunityService;
import org.tend.community.MyProfile;
import org.tend.community.Profile;
import org.tend.shared.PageRequest;
import org.tend.shared.web.InvalidInput;
import org.tend.shared.web.Notice;

/**
 * A member's profile in one community: what others see, whether they take part, and the
 * private "don't pair me with" list. A bad value re-renders the form with the message.
 */
@Controller
class ProfilePage {

	private final CommunityService communities;

	ProfilePage(CommunityService communities) {
		this.communities = communities;
	}

	@GetMapping("/communities/{id}/profile")
	String show(CurrentMember member, @PathVariable UUID id, Model model) {
		return form(member, id, this.communities.profile(member.id(), id), model);
	}

	@PostMapping("/communities/{id}/profile")
	String save(CurrentMember member, @PathVariable UUID id, @RequestParam(required = false) String headline,
			@RequestParam(required = false) String topics, @RequestParam(required = false) String project,
			@RequestParam(required = false) String asks, @RequestParam(required = false) String offers,
			@RequestParam(required = false) String city, @RequestParam(required = false) String timezone,
			@RequestParam(required = false) String mode, @RequestParam(required = false) Boolean optIn,
			@RequestParam(required = false) Boolean skipNextRound,
			@RequestParam(required = false) java.time.LocalDate pausedUntil,
			@RequestParam(required = false) List<UUID> dontPairWith, Model model, RedirectAttributes redirect) {
		this.communities.membership(member.id(), id);
		try {
			Profile profile = Profile.parse(headline, split(topics, ","), project, split(asks, "\n"),
					split(offers, "\n"), city, timezone, mode, Boolean.TRUE.equals(optIn), skipNextRound, pausedUntil,
					member.zone());
			this.communities.saveProfile(member, id, profile, (dontPairWith != null) ? dontPairWith : List.of());
		}
		catch (InvalidInput ex) {
			model.addAttribute("error", ex.getMessage());
			model.addAttribute("errorField", ex.field());
			return form(member, id, this.communities.profile(member.id(), id), model);
		}
		redirect.addFlashAttribute("notice", new Notice("community.notice.profileSaved"));
		return "redirect:/communities/" + id;
	}

	private String form(CurrentMember member, UUID id, MyProfile mine, Model model) {
		model.addAttribute("community", this.communities.get(member.id(), id));
		model.addAttribute("mine", mine);
		model.addAttribute("p", mine.profile());
		model.addAttribute("asksText", String.join("\n", mine.profile().asks()));
		model.addAttribute("offersText", String.join("\n", mine.profile().offers()));
		model.addAttribute("others",
				this.communities.members(member.id(), id, PageRequest.of(0, 200, 200))
					.items()
					.stream()
					.filter((m) -> !m.memberId().equals(member.id()))
					.toList());
		return "community/profile";
	}

	private static List<String> split(String text, String separator) {
		return (text == null) ? List.of() : Arrays.asList(text.split(separator.equals("\n") ? "\\r?\\n" : separator));
	}

}

package org.tend.introductions.web;

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
import org.tend.community.Community;
import org.tend.community.CommunityMember;
import org.tend.community.CommunityService;
import org.tend.community.MyCommunity;
import org.tend.introductions.IntroductionRequest;
import org.tend.introductions.IntroductionRequestRefused;
import org.tend.introductions.IntroductionRequestsService;
import org.tend.introductions.NewIntroductionRequest;
import org.tend.introductions.RequestLimits;
import org.tend.shared.PageOf;
import org.tend.shared.PageRequest;
import org.tend.shared.web.InvalidInput;

/**
 * The member's requests for introductions: those received (answer "not now", or
 * introduce), those sent (where each stands, nothing more), the limits on incoming ones,
 * and asking a fellow member of a community.
 */
@Controller
class IntroductionRequestsPage {

	private static final String VIEW = "introductions/requests";

	private static final String ASK_VIEW = "introductions/request-ask";

	private final IntroductionRequestsService requests;

	private final CommunityService communities;

	IntroductionRequestsPage(IntroductionRequestsService requests, CommunityService communities) {
		this.requests = requests;
		this.communities = communities;
	}

	@GetMapping("/introductions/requests")
	String requests(CurrentMember member, Model model) {
		List<IntroductionRequest> all = this.requests.requests(member.id());
		model.addAttribute("incoming", all.stream().filter(IntroductionRequest::incoming).toList());
		model.addAttribute("outgoing", all.stream().filter((request) -> !request.incoming()).toList());
		model.addAttribute("limits", this.requests.limits(member.id()));
		model.addAttribute("communities",
				this.communities.mine(member.id())
					.stream()
					.filter((mine) -> !mine.pending())
					.map(MyCommunity::community)
					.toList());
		model.addAttribute("zone", member.zone());
		return VIEW;
	}

	@PostMapping("/introductions/requests/{id}/decline")
	String decline(CurrentMember member, @PathVariable UUID id, RedirectAttributes redirect) {
		try {
			this.requests.decline(member.id(), id);
			redirect.addFlashAttribute("done", "declined");
		}
		catch (IntroductionRequestRefused ex) {
			redirect.addFlashAttribute("problem", ex.getMessage());
		}
		return "redirect:/introductions/requests";
	}

	@PostMapping("/introductions/requests/limits")
	String limits(CurrentMember member, @RequestParam(defaultValue = "false") boolean paused,
			@RequestParam(required = false) Integer monthlyCap, RedirectAttributes redirect) {
		try {
			this.requests.saveLimits(member.id(), new RequestLimits(paused, monthlyCap));
			redirect.addFlashAttribute("done", "limits");
		}
		catch (InvalidInput ex) {
			redirect.addFlashAttribute("problem", ex.getMessage());
		}
		return "redirect:/introductions/requests";
	}

	@GetMapping("/communities/{id}/introduction-requests/new")
	String askForm(CurrentMember member, @PathVariable UUID id, @RequestParam(required = false) UUID to, Model model) {
		return askView(member, id, to, "", null, model);
	}

	@PostMapping("/communities/{id}/introduction-requests")
	String ask(CurrentMember member, @PathVariable UUID id, @RequestParam(required = false) UUID toMemberId,
			@RequestParam(defaultValue = "") String text, Model model, RedirectAttributes redirect) {
		try {
			this.requests.ask(member.id(), id, new NewIntroductionRequest(toMemberId, text));
			redirect.addFlashAttribute("done", "asked");
			return "redirect:/introductions/requests";
		}
		catch (InvalidInput | IntroductionRequestRefused ex) {
			return askView(member, id, toMemberId, text, ex.getMessage(), model);
		}
	}

	private String askView(CurrentMember member, UUID communityId, UUID to, String text, String problem, Model model) {
		Community community = this.communities.get(member.id(), communityId);
		PageOf<CommunityMember> members = this.communities.members(member.id(), communityId,
				new PageRequest(0, PageOf.MAX_SIZE));
		model.addAttribute("community", community);
		model.addAttribute("members",
				members.items().stream().filter((other) -> !other.memberId().equals(member.id())).toList());
		model.addAttribute("to", to);
		model.addAttribute("text", text);
		model.addAttribute("problem", problem);
		model.addAttribute("maxText", NewIntroductionRequest.MAX_TEXT);
		return ASK_VIEW;
	}

}

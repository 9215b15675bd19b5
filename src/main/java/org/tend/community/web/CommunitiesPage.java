package org.tend.community.web;

import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
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
import org.tend.community.CommunitySettings;
import org.tend.community.Joined;
import org.tend.community.Role;
import org.tend.shared.BaseUrl;
import org.tend.shared.PageRequest;
import org.tend.shared.web.InvalidInput;
import org.tend.shared.web.Notice;

/**
 * The communities pages: the member's communities with "create" and "join", a community's
 * page (members, and for organizers the invite link and member actions), and the page an
 * invite link opens (a GET never joins: the member confirms with a button).
 */
@Controller
class CommunitiesPage {

	private final CommunityService communities;

	private final String baseUrl;

	CommunitiesPage(CommunityService communities, @Value(BaseUrl.PROPERTY) String baseUrl) {
		this.communities = communities;
		this.baseUrl = BaseUrl.of(baseUrl);
	}

	@GetMapping("/communities")
	String list(CurrentMember member, Model model) {
		model.addAttribute("communities", this.communities.mine(member.id()));
		model.addAttribute("zone", member.zone().getId());
		return "community/communities";
	}

	@PostMapping("/communities")
	String create(CurrentMember member, @RequestParam(required = false) String name,
			@RequestParam(required = false) String description, @RequestParam(required = false) String cadence,
			@RequestParam(required = false) String openDay, @RequestParam(required = false) String openTime,
			@RequestParam(required = false) String timezone, @RequestParam(required = false) Integer repeatWindow,
			@RequestParam(required = false) Integer againLimit,
			@RequestParam(required = false) Boolean approvalRequired, Model model) {
		try {
			Community community = this.communities.create(member, CommunitySettings.parse(name, description, cadence,
					openDay, openTime, timezone, repeatWindow, againLimit, approvalRequired, member.zone()));
			return "redirect:/communities/" + community.id();
		}
		catch (InvalidInput ex) {
			model.addAttribute("createError", ex.getMessage());
			model.addAttribute("name", name);
			model.addAttribute("description", description);
			return list(member, model);
		}
	}

	/** What an invite link opens: the community's name and a button to join. */
	@GetMapping("/communities/join/{code}")
	String joinPage(@PathVariable String code, Model model) {
		model.addAttribute("code", code);
		return "community/join";
	}

	@PostMapping("/communities/join")
	String join(CurrentMember member, @RequestParam(required = false) String inviteCode, Model model,
			RedirectAttributes redirect) {
		try {
			Joined joined = this.communities.join(member, inviteCode);
			if (joined.pending()) {
				redirect.addFlashAttribute("notice",
						new Notice("community.notice.joinAsked", joined.community().name()));
				return "redirect:/communities";
			}
			return "redirect:/communities/" + joined.community().id() + "/profile";
		}
		catch (InvalidInput | org.tend.community.CommunityNotFound ex) {
			model.addAttribute("joinError", "No community has this invite code. Check it with whoever sent it.");
			return list(member, model);
		}
	}

	@GetMapping("/communities/{id}")
	String show(CurrentMember member, @PathVariable UUID id, @RequestParam(required = false) Integer page,
			Model model) {
		Community community = this.communities.get(member.id(), id);
		CommunityMember me = this.communities.membership(member.id(), id);
		model.addAttribute("community", community);
		model.addAttribute("me", me);
		model.addAttribute("members", this.communities.members(member.id(), id, PageRequest.of(page, null, 50)));
		if (me.organizer()) {
			model.addAttribute("inviteLink", CommunityJson.inviteLink(this.baseUrl, community.inviteCode()));
			model.addAttribute("candidates", this.communities.candidates(member.id(), id));
		}
		return "community/community";
	}

	@PostMapping("/communities/{id}/invite-code")
	String rotate(CurrentMember member, @PathVariable UUID id, RedirectAttributes redirect) {
		this.communities.rotateCode(member.id(), id);
		redirect.addFlashAttribute("notice", new Notice("community.notice.inviteRotated"));
		return "redirect:/communities/" + id;
	}

	@PostMapping("/communities/{id}/leave")
	String leave(CurrentMember member, @PathVariable UUID id, RedirectAttributes redirect) {
		try {
			this.communities.leave(member.id(), id);
			redirect.addFlashAttribute("notice", new Notice("community.notice.left"));
			return "redirect:/communities";
		}
		catch (InvalidInput ex) {
			redirect.addFlashAttribute("problem", ex.getMessage());
			return "redirect:/communities/" + id;
		}
	}

	@PostMapping("/communities/{id}/members/{memberId}/{action}")
	String memberAction(CurrentMember member, @PathVariable UUID id, @PathVariable UUID memberId,
			@PathVariable String action, RedirectAttributes redirect) {
		try {
			switch (action) {
				case "remove" -> this.communities.remove(member.id(), id, memberId);
				case "approve" -> this.communities.approve(member.id(), id, memberId);
				case "organizer" -> this.communities.setRole(member.id(), id, memberId, Role.ORGANIZER);
				case "member" -> this.communities.setRole(member.id(), id, memberId, Role.MEMBER);
				default -> throw InvalidInput.of("action", "Unknown action");
			}
		}
		catch (InvalidInput ex) {
			redirect.addFlashAttribute("problem", ex.getMessage());
		}
		return "redirect:/communities/" + id;
	}

}

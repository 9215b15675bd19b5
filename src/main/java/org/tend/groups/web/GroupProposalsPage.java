package org.tend.groups.web;

import java.io.Serializable;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tend.accounts.CurrentMember;
import org.tend.community.CommunityService;
import org.tend.groups.GroupConflict;
import org.tend.groups.GroupProposal;
import org.tend.groups.GroupProposalsService;
import org.tend.groups.NotTheProposer;
import org.tend.groups.ProposalInput;
import org.tend.shared.web.InvalidInput;
import org.tend.shared.web.Notice;

/**
 * The proposals on a community's groups page: propose one, join, start, withdraw, leave.
 * Each answer redirects back to the page (shown by {@link GroupWishPage}); a refused
 * value comes back as typed with its message beside the field, nothing saved.
 */
@Controller
class GroupProposalsPage {

	/** The facade names fields as the API does; the form names them as its labels do. */
	private static final FormWording WORDING = new FormWording(
			List.of(Map.entry("topic is required", "Name the group's topic"), Map.entry("topic has", "The topic has"),
					Map.entry("mode must be in_person or virtual", "Choose in person or online"),
					Map.entry("city has", "The city has"), Map.entry("size must be", "The size must be"),
					Map.entry("the proposer included", "you included")));

	static final String ANCHOR = "#proposals";

	private final GroupProposalsService proposals;

	private final CommunityService communities;

	private final Clock clock;

	GroupProposalsPage(GroupProposalsService proposals, CommunityService communities, Clock clock) {
		this.proposals = proposals;
		this.communities = communities;
		this.clock = clock;
	}

	/**
	 * The proposal form as typed: the size as text, so that "five" comes back as it was.
	 */
	record ProposalForm(String topic, String mode, String city, String size) implements Serializable {

		static final ProposalForm EMPTY = new ProposalForm("", "virtual", "", "6");

	}

	@PostMapping("/communities/{id}/groups/proposals")
	String propose(CurrentMember member, @PathVariable UUID id, @RequestParam(required = false) String topic,
			@RequestParam(required = false) String mode, @RequestParam(required = false) String city,
			@RequestParam(required = false) String size, RedirectAttributes redirect) {
		// a stranger learns nothing about the form's rules: 404 before the values are
		// read
		this.communities.membership(member.id(), id);
		ProposalForm typed = new ProposalForm(topic, mode, city, size);
		try {
			ProposalInput input = ProposalInput.parse(topic, mode, city,
					GroupWishPage.wholeNumber("size", size, "between 4 and 8 (the proposer included)"), null, null,
					null, this.clock.instant());
			GroupProposal proposal = this.proposals.propose(member.id(), id, input);
			redirect.addFlashAttribute("notice", new Notice("groups.notice.proposed", proposal.topic()));
		}
		catch (InvalidInput ex) {
			redirect.addFlashAttribute("proposalForm", typed);
			redirect.addFlashAttribute("proposalError", readable(ex.getMessage()));
			redirect.addFlashAttribute("proposalErrorField", ex.field());
		}
		catch (GroupConflict ex) {
			redirect.addFlashAttribute("proposalForm", typed);
			redirect.addFlashAttribute("proposalError", ex.getMessage() + ". Nothing was changed.");
		}
		return back(id);
	}

	@PostMapping("/communities/{id}/groups/proposals/{proposalId}/join")
	String join(CurrentMember member, @PathVariable UUID id, @PathVariable UUID proposalId,
			RedirectAttributes redirect) {
		return act(id, redirect, () -> {
			GroupProposal joined = this.proposals.join(member.id(), id, proposalId);
			return new Notice((joined.groupId() != null) ? "groups.notice.lastSeat" : "groups.notice.joined",
					joined.topic());
		});
	}

	@PostMapping("/communities/{id}/groups/proposals/{proposalId}/start")
	String start(CurrentMember member, @PathVariable UUID id, @PathVariable UUID proposalId,
			RedirectAttributes redirect) {
		return act(id, redirect,
				() -> new Notice("groups.notice.started", this.proposals.start(member.id(), id, proposalId).topic()));
	}

	@PostMapping("/communities/{id}/groups/proposals/{proposalId}/withdraw")
	String withdraw(CurrentMember member, @PathVariable UUID id, @PathVariable UUID proposalId,
			RedirectAttributes redirect) {
		return act(id, redirect, () -> {
			this.proposals.withdraw(member.id(), id, proposalId);
			return new Notice("groups.notice.proposalWithdrawn");
		});
	}

	@PostMapping("/communities/{id}/groups/proposals/{proposalId}/leave")
	String leave(CurrentMember member, @PathVariable UUID id, @PathVariable UUID proposalId,
			RedirectAttributes redirect) {
		return act(id, redirect,
				() -> new Notice("groups.notice.left", this.proposals.leave(member.id(), id, proposalId).topic()));
	}

	/**
	 * What a proposal's state refuses is said calmly on the page; a stranger gets 404.
	 */
	private String act(UUID id, RedirectAttributes redirect, Supplier<Notice> action) {
		try {
			redirect.addFlashAttribute("notice", action.get());
		}
		catch (GroupConflict | NotTheProposer ex) {
			redirect.addFlashAttribute("proposalError", ex.getMessage() + ". Nothing was changed.");
		}
		return back(id);
	}

	private static String back(UUID id) {
		return "redirect:/communities/" + id + "/groups" + ANCHOR;
	}

	static String readable(String message) {
		return WORDING.of(message);
	}

}

package org.tend.groups.web;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tend.accounts.CurrentMember;
import org.tend.community.CommunityMember;
import org.tend.community.CommunityService;
import org.tend.groups.GroupProposal;
import org.tend.groups.GroupProposalsService;
import org.tend.groups.GroupWish;
import org.tend.groups.GroupsService;
import org.tend.groups.SmallGroup;
import org.tend.groups.forming.Wish;
import org.tend.shared.web.InvalidInput;
import org.tend.shared.web.Notice;

/**
 * A member's small groups in one community: the wish (topics, mode, city, the sizes they
 * like) to see, change or withdraw, the groups they are in there, and the proposals open
 * to join (answered by {@link GroupProposalsPage}). A refused value re-renders the form
 * as typed, the message beside its field, nothing saved.
 */
@Controller
class GroupWishPage {

	/** The facade names fields as the API does; the form names them as its labels do. */
	private static final FormWording WORDING = new FormWording(
			List.of(Map.entry("sizeMin", "the smallest size"), Map.entry("sizeMax", "the largest size"),
					Map.entry("topics needs", "The topics need"), Map.entry("topics may", "The topics may"),
					Map.entry("mode must be in_person, virtual or either", "Choose in person, online or either"),
					Map.entry("city has", "The city has")));

	private final CommunityService communities;

	private final GroupsService groups;

	private final GroupProposalsService proposals;

	GroupWishPage(CommunityService communities, GroupsService groups, GroupProposalsService proposals) {
		this.communities = communities;
		this.groups = groups;
		this.proposals = proposals;
	}

	/**
	 * An open proposal as the page lists it: who proposed it (their community name), and
	 * what this member may do with it.
	 */
	record ProposalRow(GroupProposal proposal, String proposer, boolean mine, boolean joined, boolean startable) {

		static ProposalRow of(GroupProposal p, UUID me) {
			String proposer = p.members()
				.stream()
				.filter((m) -> m.memberId().equals(p.proposerId()))
				.map(SmallGroup.Member::displayName)
				.findFirst()
				.orElse("a member");
			boolean mine = p.proposerId().equals(me);
			return new ProposalRow(p, proposer, mine, p.has(me), mine && p.members().size() >= Wish.SMALLEST);
		}

	}

	/** The form as typed: sizes as text, so that "five" comes back as it was. */
	record WishForm(String topics, String mode, String city, String sizeMin, String sizeMax) {

		static WishForm of(GroupWish wish) {
			return new WishForm(String.join(", ", wish.topics()), wish.mode(), wish.city(),
					String.valueOf(wish.sizeMin()), String.valueOf(wish.sizeMax()));
		}

		/** A first wish starts from the member's community profile. */
		static WishForm from(CommunityMember me) {
			String mode = me.profile().modeCode();
			return new WishForm(String.join(", ", me.profile().topics()),
					GroupWish.MODES.contains(mode) ? mode : "either", me.profile().city(), "4", "6");
		}

	}

	@GetMapping("/communities/{id}/groups")
	String show(CurrentMember member, @PathVariable UUID id, Model model) {
		Optional<GroupWish> wish = this.groups.openWish(member.id(), id);
		CommunityMember me = this.communities.membership(member.id(), id);
		return page(member, id, me, wish, wish.map(WishForm::of).orElseGet(() -> WishForm.from(me)), model);
	}

	@PostMapping("/communities/{id}/groups/wish")
	String save(CurrentMember member, @PathVariable UUID id, @RequestParam(required = false) String topics,
			@RequestParam(required = false) String mode, @RequestParam(required = false) String city,
			@RequestParam(required = false) String sizeMin, @RequestParam(required = false) String sizeMax, Model model,
			RedirectAttributes redirect) {
		CommunityMember me = this.communities.membership(member.id(), id);
		WishForm typed = new WishForm(topics, mode, city, sizeMin, sizeMax);
		try {
			GroupWish wish = GroupWish.parse(split(topics), mode, city,
					wholeNumber("sizeMin", sizeMin, "between 4 and 8"),
					wholeNumber("sizeMax", sizeMax, "between 4 and 8"));
			this.groups.wish(member.id(), id, wish);
		}
		catch (InvalidInput ex) {
			model.addAttribute("error", readable(ex.getMessage()));
			model.addAttribute("errorField", ex.field());
			return page(member, id, me, this.groups.openWish(member.id(), id), typed, model);
		}
		redirect.addFlashAttribute("notice", new Notice("groups.notice.wishSaved"));
		return "redirect:/communities/" + id + "/groups";
	}

	@PostMapping("/communities/{id}/groups/wish/withdraw")
	String withdraw(CurrentMember member, @PathVariable UUID id, RedirectAttributes redirect) {
		boolean withdrawn = this.groups.withdrawWish(member.id(), id);
		redirect.addFlashAttribute("notice",
				new Notice(withdrawn ? "groups.notice.wishWithdrawn" : "groups.notice.noWish"));
		return "redirect:/communities/" + id + "/groups";
	}

	private String page(CurrentMember member, UUID id, CommunityMember me, Optional<GroupWish> wish, WishForm form,
			Model model) {
		model.addAttribute("community", this.communities.get(member.id(), id));
		model.addAttribute("me", me);
		model.addAttribute("wish", wish.orElse(null));
		model.addAttribute("form", form);
		model.addAttribute("myGroups",
				this.groups.groupsOf(member.id()).stream().filter((g) -> g.communityId().equals(id)).toList());
		model.addAttribute("zone", member.zone());
		model.addAttribute("proposals",
				this.proposals.open(member.id(), id).stream().map((p) -> ProposalRow.of(p, member.id())).toList());
		if (!model.containsAttribute("proposalForm")) {
			model.addAttribute("proposalForm", GroupProposalsPage.ProposalForm.EMPTY);
		}
		return "groups/wish";
	}

	private static List<String> split(String topics) {
		return (topics == null) ? List.of() : Arrays.asList(topics.split(","));
	}

	/**
	 * A typed group size, or null when left empty; anything but a whole number is refused
	 * in the facade's words ("sizeMin must be a whole number between 4 and 8"), which
	 * each page rewords like the facade's own refusals. The proposals page uses it too.
	 */
	static Integer wholeNumber(String field, String text, String range) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return Integer.valueOf(text.strip());
		}
		catch (NumberFormatException ex) {
			throw InvalidInput.of(field, field + " must be a whole number " + range);
		}
	}

	static String readable(String message) {
		return WORDING.of(message);
	}

}

package org.tend.community.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tend.accounts.CurrentMember;
import org.tend.community.CommunityMember;
import org.tend.community.CommunityService;
import org.tend.community.PublishedRound;
import org.tend.community.RoundFigures;
import org.tend.community.RoundRefused;
import org.tend.community.RoundPlan;
import org.tend.community.RoundService;
import org.tend.shared.PageOf;
import org.tend.shared.PageRequest;
import org.tend.shared.web.Notice;

/**
 * The organizers' rounds page: the next round as it would be published (computed, not
 * saved), the button that publishes it, and the figures of past rounds as numbers and a
 * chart. Figures are counts only: no one's answers, notes or lists.
 */
@Controller
class RoundsPage {

	private final CommunityService communities;

	private final RoundService rounds;

	RoundsPage(CommunityService communities, RoundService rounds) {
		this.communities = communities;
		this.rounds = rounds;
	}

	@GetMapping("/communities/{id}/rounds")
	String show(CurrentMember member, @PathVariable UUID id, Model model) {
		model.addAttribute("community", this.communities.get(member.id(), id));
		List<RoundFigures> figures = this.rounds.figures(member.id(), id);
		try {
			RoundPlan preview = this.rounds.preview(member.id(), id);
			Map<UUID, String> names = names(member.id(), id);
			model.addAttribute("preview", preview);
			model.addAttribute("groups",
					preview.groups()
						.stream()
						.map((g) -> new GroupView(String.join(" · ", g.memberIds().stream().map(names::get).toList()),
								g.score(), g.reasons()))
						.toList());
			model.addAttribute("leftOut",
					preview.leftOut().stream().map((l) -> names.get(l.memberId()) + ": " + l.reason()).toList());
		}
		catch (RoundRefused ex) {
			model.addAttribute("previewProblem", ex.getMessage());
		}
		model.addAttribute("figures", figures);
		model.addAttribute("chart", FiguresChart.of(figures));
		return "community/rounds";
	}

	/** A group as the preview shows it: the members' names, the score, the reasons. */
	record GroupView(String names, int score, List<String> reasons) {
	}

	/** Every active member's name, a page of 200 at a time. */
	private Map<UUID, String> names(UUID memberId, UUID communityId) {
		Map<UUID, String> names = new HashMap<>();
		PageOf<CommunityMember> page;
		int number = 0;
		do {
			page = this.communities.members(memberId, communityId, PageRequest.of(number++, 200, 200));
			page.items().forEach((m) -> names.put(m.memberId(), m.displayName()));
		}
		while (page.hasNext());
		return names;
	}

	@PostMapping("/communities/{id}/rounds")
	String publish(CurrentMember member, @PathVariable UUID id, RedirectAttributes redirect) {
		try {
			PublishedRound round = this.rounds.publish(member.id(), id);
			redirect.addFlashAttribute("notice",
					new Notice("community.notice.roundPublished", round.number(), round.plan().groups().size()));
		}
		catch (RoundRefused ex) {
			redirect.addFlashAttribute("problem", ex.getMessage());
		}
		return "redirect:/communities/" + id + "/rounds";
	}

}

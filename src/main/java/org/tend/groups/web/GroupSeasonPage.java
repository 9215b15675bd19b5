package org.tend.groups.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
import org.tend.community.CommunityService;
import org.tend.groups.FormedGroup;
import org.tend.groups.GroupsPreview;
import org.tend.groups.GroupsService;
import org.tend.groups.PublishedSeason;
import org.tend.groups.SeasonRunning;
import org.tend.groups.SessionPlan;
import org.tend.shared.web.InvalidInput;
import org.tend.shared.web.Notice;

/**
 * The organizers' season page: the groups the open wishes would give now (computed, not
 * saved), who is left unplaced, and the button that publishes them with their sessions. A
 * second season while one runs, or too few wishes, is said calmly and changes nothing.
 */
@Controller
class GroupSeasonPage {

	/** Sessions start at 18:00 in the community's zone, as the facade's default does. */
	private static final LocalTime SESSION_TIME = LocalTime.of(18, 0);

	private final CommunityService communities;

	private final GroupsService groups;

	private final Clock clock;

	GroupSeasonPage(CommunityService communities, GroupsService groups, Clock clock) {
		this.communities = communities;
		this.groups = groups;
		this.clock = clock;
	}

	/** A group as the preview shows it: topic, where, the members' names, the reasons. */
	record PreviewGroup(String topic, String mode, String city, List<String> names, List<String> reasons) {
	}

	@GetMapping("/communities/{id}/groups/season")
	String show(CurrentMember member, @PathVariable UUID id, Model model) {
		GroupsPreview preview = this.groups.preview(member.id(), id);
		Community community = this.communities.get(member.id(), id);
		List<UUID> ids = new ArrayList<>(preview.unplaced());
		preview.groups().forEach((g) -> ids.addAll(g.memberIds()));
		Map<UUID, String> names = new HashMap<>();
		this.communities.activeMembers(id, ids).forEach((m) -> names.put(m.memberId(), m.displayName()));
		List<PreviewGroup> shown = new ArrayList<>();
		for (FormedGroup g : preview.groups()) {
			shown.add(new PreviewGroup(g.topic(), g.mode(), g.city(), g.memberIds().stream().map(names::get).toList(),
					g.reasons()));
		}
		model.addAttribute("community", community);
		model.addAttribute("groups", shown);
		model.addAttribute("unplaced", preview.unplaced().stream().map(names::get).toList());
		model.addAttribute("wishes", ids.size());
		model.addAttribute("firstDate", this.clock.instant().atZone(community.zone()).toLocalDate().plusDays(7));
		model.addAttribute("sessions", SessionPlan.DEFAULT_COUNT);
		model.addAttribute("intervalDays", SessionPlan.DEFAULT_INTERVAL_DAYS);
		return "groups/season";
	}

	@PostMapping("/communities/{id}/groups/season")
	String publish(CurrentMember member, @PathVariable UUID id, @RequestParam(required = false) LocalDate firstDate,
			@RequestParam(required = false) Integer sessions, @RequestParam(required = false) Integer intervalDays,
			RedirectAttributes redirect) {
		Community community = this.communities.get(member.id(), id);
		try {
			SessionPlan plan = SessionPlan.parse(sessions, intervalDays, (firstDate != null)
					? ZonedDateTime.of(firstDate, SESSION_TIME, community.zone()).toInstant() : null);
			PublishedSeason season = this.groups.publish(member.id(), id, plan);
			int count = season.groups().size();
			redirect.addFlashAttribute("notice",
					new Notice((count == 1) ? "groups.notice.published.one" : "groups.notice.published.many", count));
		}
		catch (SeasonRunning ex) {
			redirect.addFlashAttribute("problem", ex.getMessage() + ". Nothing was changed.");
		}
		catch (InvalidInput ex) {
			redirect.addFlashAttribute("problem", GroupWishPage.readable(ex.getMessage()));
		}
		return "redirect:/communities/" + id + "/groups/season";
	}

}

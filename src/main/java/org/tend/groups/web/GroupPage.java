package org.tend.groups.web;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
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
import org.tend.community.CommunityMember;
import org.tend.community.CommunityService;
import org.tend.community.MyCommunity;
import org.tend.groups.AgendaItem;
import org.tend.groups.Attendance;
import org.tend.groups.Continuation;
import org.tend.groups.GroupAgendaService;
import org.tend.groups.GroupConflict;
import org.tend.groups.GroupContinuationService;
import org.tend.groups.GroupsService;
import org.tend.groups.NotYourItem;
import org.tend.groups.SmallGroup;
import org.tend.shared.web.InvalidInput;
import org.tend.shared.web.Notice;

/**
 * A group for its members: topic, members (as their community knows them), sessions
 * (whose buttons {@link GroupSessionsPage} answers), the shared agenda and, after the
 * last session, keep going or close. Anybody else gets the same 404 as for no group at
 * all.
 */
@Controller
class GroupPage {

	private final GroupsService groups;

	private final GroupAgendaService agenda;

	private final GroupContinuationService continuations;

	private final CommunityService communities;

	private final Clock clock;

	GroupPage(GroupsService groups, GroupAgendaService agenda, GroupContinuationService continuations,
			CommunityService communities, Clock clock) {
		this.groups = groups;
		this.agenda = agenda;
		this.continuations = continuations;
		this.communities = communities;
		this.clock = clock;
	}

	/** An agenda item as the page shows it: only its author gets the remove button. */
	record AgendaRow(UUID id, String author, String text, Instant createdAt, boolean mine) {

		static AgendaRow of(AgendaItem item, UUID viewerId) {
			return new AgendaRow(item.id(), item.authorName(), item.text(), item.createdAt(),
					item.authorId().equals(viewerId));
		}

	}

	/** A member as the group page shows them: name and headline in the community. */
	record MemberRow(String name, String headline, boolean me) {
	}

	@GetMapping("/groups")
	String mine(CurrentMember member, Model model) {
		model.addAttribute("groups", this.groups.groupsOf(member.id()));
		model.addAttribute("communityNames", communityNames(member.id()));
		model.addAttribute("zone", member.zone());
		return "groups/mine";
	}

	@GetMapping("/groups/{id}")
	String show(CurrentMember member, @PathVariable UUID id, Model model) {
		return page(member, id, "", model);
	}

	/**
	 * Adds an item to the shared agenda: htmx swaps the agenda, a plain post redirects; a
	 * refused text comes back as typed, the message beside the field, nothing saved.
	 */
	@PostMapping("/groups/{id}/agenda")
	String addToAgenda(CurrentMember member, @PathVariable UUID id, @RequestParam(required = false) String text,
			@RequestHeader(name = "HX-Request", defaultValue = "false") boolean htmx, Model model,
			RedirectAttributes redirect) {
		this.groups.group(member.id(), id);
		Notice notice;
		try {
			this.agenda.add(member.id(), id, text);
			notice = new Notice("groups.notice.agendaAdded");
		}
		catch (InvalidInput ex) {
			model.addAttribute("agendaError", readable(ex.getMessage()));
			model.addAttribute("agendaErrorField", ex.field());
			return htmx ? agendaFragment(member, id, text, model) : page(member, id, text, model);
		}
		catch (GroupConflict ex) {
			return refused(member, id, ex.getMessage(), htmx, model, redirect);
		}
		if (htmx) {
			model.addAttribute("agendaNotice", notice);
			return agendaFragment(member, id, "", model);
		}
		redirect.addFlashAttribute("notice", notice);
		return "redirect:/groups/" + id + "#agenda";
	}

	/** Removes the member's own agenda item; another member's stays, said calmly. */
	@PostMapping("/groups/{id}/agenda/{itemId}/remove")
	String removeFromAgenda(CurrentMember member, @PathVariable UUID id, @PathVariable UUID itemId,
			@RequestHeader(name = "HX-Request", defaultValue = "false") boolean htmx, Model model,
			RedirectAttributes redirect) {
		try {
			this.agenda.remove(member.id(), id, itemId);
		}
		catch (NotYourItem ex) {
			return refused(member, id, ex.getMessage(), htmx, model, redirect);
		}
		if (htmx) {
			model.addAttribute("agendaNotice", new Notice("groups.notice.agendaRemoved"));
			return agendaFragment(member, id, "", model);
		}
		redirect.addFlashAttribute("notice", new Notice("groups.notice.agendaRemoved"));
		return "redirect:/groups/" + id + "#agenda";
	}

	/**
	 * The member's "keep going" or "close" after the last session; more than half of the
	 * members settle it. Too early or a closed group: said calmly, nothing changed.
	 */
	@PostMapping("/groups/{id}/continuation")
	String choose(CurrentMember member, @PathVariable UUID id, @RequestParam(required = false) String choice,
			Model model, RedirectAttributes redirect) {
		this.groups.group(member.id(), id);
		Continuation after;
		try {
			after = this.continuations.choose(member.id(), id, choice);
		}
		catch (InvalidInput ex) {
			model.addAttribute("choiceError", "Choose to keep going or to close");
			return page(member, id, "", model);
		}
		catch (GroupConflict ex) {
			redirect.addFlashAttribute("problem", ex.getMessage() + ". Nothing was changed.");
			return "redirect:/groups/" + id + "#continuation";
		}
		redirect.addFlashAttribute("notice", new Notice(switch (after.state()) {
			case "closed" -> "groups.notice.continuation.closed";
			case "running" -> "groups.notice.continuation.running";
			default -> Continuation.KEEP.equals(after.mine()) ? "groups.notice.continuation.keep"
					: "groups.notice.continuation.close";
		}));
		return "redirect:/groups/" + id + "#continuation";
	}

	private String refused(CurrentMember member, UUID id, String message, boolean htmx, Model model,
			RedirectAttributes redirect) {
		if (htmx) {
			model.addAttribute("agendaProblem", message);
			return agendaFragment(member, id, "", model);
		}
		redirect.addFlashAttribute("problem", message + ". Nothing was changed.");
		return "redirect:/groups/" + id + "#agenda";
	}

	private String agendaFragment(CurrentMember member, UUID id, String typed, Model model) {
		agendaModel(member, id, typed, this.continuations.of(member.id(), id), model);
		return "groups/group :: agenda";
	}

	/** The agenda's part of the model; it closes with the group (the tally says when). */
	private void agendaModel(CurrentMember member, UUID id, String typed, Continuation continuation, Model model) {
		model.addAttribute("groupId", id);
		model.addAttribute("agenda",
				this.agenda.items(member.id(), id).stream().map((i) -> AgendaRow.of(i, member.id())).toList());
		model.addAttribute("agendaText", (typed != null) ? typed : "");
		model.addAttribute("agendaMax", AgendaItem.MAX_TEXT);
		model.addAttribute("agendaOpen", !"closed".equals(continuation.state()));
		model.addAttribute("zone", member.zone());
	}

	/** The service names the API's field; the form calls it the agenda item. */
	static String readable(String message) {
		return message.replaceFirst("^text ", "The agenda item ");
	}

	private String page(CurrentMember member, UUID id, String typed, Model model) {
		SmallGroup group = this.groups.group(member.id(), id);
		Map<UUID, Attendance> attendance = this.groups.attendance(member.id(), id);
		Map<UUID, String> headlines = new HashMap<>();
		for (CommunityMember m : this.communities.activeMembers(group.communityId(), group.memberIds())) {
			if (m.profile().headline() != null) {
				headlines.put(m.memberId(), m.profile().headline());
			}
		}
		Instant now = this.clock.instant();
		model.addAttribute("group", group);
		model.addAttribute("communityName", communityNames(member.id()).get(group.communityId()));
		model.addAttribute("members", group.members()
			.stream()
			.map((m) -> new MemberRow(m.displayName(), headlines.get(m.memberId()), m.memberId().equals(member.id())))
			.toList());
		List<SessionRow> sessions = group.sessions()
			.stream()
			.map((s) -> SessionRow.of(id, s, attendance.get(s.id()), now))
			.toList();
		model.addAttribute("sessions", sessions);
		Continuation continuation = this.continuations.of(member.id(), id);
		model.addAttribute("continuation", continuation);
		agendaModel(member, id, typed, continuation, model);
		return "groups/group";
	}

	private Map<UUID, String> communityNames(UUID memberId) {
		Map<UUID, String> names = new HashMap<>();
		for (MyCommunity c : this.communities.mine(memberId)) {
			names.put(c.community().id(), c.community().name());
		}
		return names;
	}

}

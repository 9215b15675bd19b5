package org.tend.groups.web;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tend.accounts.CurrentMember;
import org.tend.groups.GroupSession;
import org.tend.groups.GroupsService;
import org.tend.meetings.MeetingDetails;
import org.tend.shared.web.InvalidInput;
import org.tend.shared.web.Notice;

/**
 * A group's sessions from a member's side: their own attendance, the one click that
 * records an attended session in their journal, and the calendar of every session. The
 * group page draws the sessions; these are what its buttons and links ask.
 */
@Controller
class GroupSessionsPage {

	private final GroupsService groups;

	private final Clock clock;

	GroupSessionsPage(GroupsService groups, Clock clock) {
		this.groups = groups;
		this.clock = clock;
	}

	/**
	 * The member's own attendance: htmx swaps the session's row, a plain post redirects.
	 */
	@PostMapping("/groups/{id}/sessions/{sessionId}/attendance")
	String attend(CurrentMember member, @PathVariable UUID id, @PathVariable UUID sessionId,
			@RequestParam(required = false) Boolean attended,
			@RequestHeader(name = "HX-Request", defaultValue = "false") boolean htmx, Model model,
			RedirectAttributes redirect) {
		this.groups.group(member.id(), id);
		if (attended == null) {
			throw InvalidInput.of("attended", "attended is required (true or false)");
		}
		GroupSession session = this.groups.attend(member.id(), id, sessionId, attended);
		if (!htmx) {
			redirect.addFlashAttribute("notice",
					new Notice(attended ? "groups.notice.attended" : "groups.notice.missed"));
			return "redirect:/groups/" + id + "#session-" + sessionId;
		}
		// the fragment is the list's item: it is rendered over a list of this one session
		model.addAttribute("sessions", List.of(SessionRow.of(id, session,
				this.groups.attendance(member.id(), id).get(sessionId), this.clock.instant())));
		model.addAttribute("zone", member.zone());
		return "groups/group :: session";
	}

	@PostMapping("/groups/{id}/sessions/{sessionId}/journal")
	String record(CurrentMember member, @PathVariable UUID id, @PathVariable UUID sessionId,
			RedirectAttributes redirect) {
		try {
			MeetingDetails meeting = this.groups.recordInJournal(member, id, sessionId);
			return "redirect:/meetings/" + meeting.id();
		}
		catch (InvalidInput ex) {
			redirect.addFlashAttribute("problem", ex.getMessage());
			return "redirect:/groups/" + id;
		}
	}

	@GetMapping("/groups/{id}/sessions.ics")
	ResponseEntity<byte[]> calendar(CurrentMember member, @PathVariable UUID id) {
		return ResponseEntity.ok()
			.header("Content-Type", "text/calendar; charset=utf-8")
			.header("Content-Disposition", "attachment; filename=\"group-sessions.ics\"")
			.body(this.groups.calendar(member.id(), id).getBytes(StandardCharsets.UTF_8));
	}

}

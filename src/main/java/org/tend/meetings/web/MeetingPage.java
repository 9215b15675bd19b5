package org.tend.meetings.web;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tend.accounts.CurrentMember;
import org.tend.meetings.MeetingChanges;
import org.tend.meetings.MeetingDetails;
import org.tend.meetings.MeetingPageSection;
import org.tend.meetings.MeetingStatus;
import org.tend.meetings.MeetingsService;
import org.tend.shared.web.InvalidInput;
import org.tend.shared.web.Notice;

/**
 * One meeting: its details, the prep card before it (with the sections other modules
 * contribute) and the reflection form after it.
 */
@Controller
class MeetingPage {

	private final MeetingsService meetings;

	private final List<MeetingPageSection> sections;

	private final Clock clock;

	MeetingPage(MeetingsService meetings, List<MeetingPageSection> sections, Clock clock) {
		this.meetings = meetings;
		this.sections = sections.stream().sorted(Comparator.comparingInt(MeetingPageSection::order)).toList();
		this.clock = clock;
	}

	@GetMapping("/meetings/{id}")
	String show(CurrentMember member, @PathVariable UUID id, Model model) {
		MeetingDetails meeting = this.meetings.get(member.id(), id);
		return page(member, meeting, ReflectionForm.of(meeting.reflection()), model);
	}

	/** Marks the meeting happened, cancelled or planned again. */
	@PostMapping("/meetings/{id}/status")
	String status(CurrentMember member, @PathVariable UUID id, @RequestParam String status,
			RedirectAttributes redirect) {
		MeetingStatus chosen;
		try {
			chosen = MeetingStatus.fromCode(status);
		}
		catch (IllegalArgumentException ex) {
			throw InvalidInput.of("status", ex.getMessage());
		}
		this.meetings.update(member.id(), member.zone(), id, MeetingChanges.status(chosen));
		redirect.addFlashAttribute("notice", new Notice("meetings.notice.status." + chosen.code()));
		return "redirect:/meetings/" + id;
	}

	/**
	 * Saves the reflection; a planned meeting whose time has passed becomes happened (see
	 * {@link MeetingsService#reflect}).
	 */
	@PostMapping("/meetings/{id}/reflection")
	String reflect(CurrentMember member, @PathVariable UUID id,
			@Valid @ModelAttribute("reflection") ReflectionForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return page(member, this.meetings.get(member.id(), id), form, model);
		}
		this.meetings.reflect(member.id(), member.zone(), id, form.toReflection());
		redirect.addFlashAttribute("notice", new Notice("meetings.notice.reflection"));
		return "redirect:/meetings/" + id;
	}

	private String page(CurrentMember member, MeetingDetails meeting, ReflectionForm form, Model model) {
		model.addAttribute("meeting", MeetingView.of(meeting, member.zone(), this.clock.instant()));
		model.addAttribute("prep", this.meetings.prepCard(member.id(), meeting.id()));
		model.addAttribute("sections",
				this.sections.stream()
					.map((section) -> new Section(section.template(),
							section.data(member.id(), meeting.id(), meeting.personIds())))
					.toList());
		model.addAttribute("reflection", form);
		model.addAttribute("zone", member.zone());
		return "meetings/meeting";
	}

	/** A contributed section, ready to render: its template and what it shows. */
	record Section(String template, Object data) {
	}

}

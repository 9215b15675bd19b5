package org.tend.meetings.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tend.accounts.CurrentMember;
import org.tend.meetings.MeetingDetails;
import org.tend.meetings.MeetingFilter;
import org.tend.meetings.MeetingKind;
import org.tend.meetings.MeetingMode;
import org.tend.meetings.MeetingStatus;
import org.tend.meetings.MeetingsService;
import org.tend.people.PeopleService;
import org.tend.people.PersonNotFound;
import org.tend.people.PersonSummary;
import org.tend.shared.PageOf;
import org.tend.shared.PageRequest;
import org.tend.shared.web.InvalidInput;

/** The list of meetings and the form that plans, logs or edits one. */
@Controller
class MeetingsPage {

	static final int PAGE_SIZE = 20;

	static final int UPCOMING = 20;

	private final MeetingsService meetings;

	private final PeopleService people;

	private final Clock clock;

	MeetingsPage(MeetingsService meetings, PeopleService people, Clock clock) {
		this.meetings = meetings;
		this.people = people;
		this.clock = clock;
	}

	/**
	 * What is coming (soonest first), then what has been (newest first, by pages), for
	 * everyone or for one person.
	 */
	@GetMapping("/meetings")
	String list(CurrentMember member, @RequestParam(required = false) UUID personId,
			@RequestParam(required = false) Integer page, Model model) {
		Instant now = this.clock.instant();
		PersonSummary person = (personId != null)
				? this.people.summary(member.id(), personId).orElseThrow(() -> PersonNotFound.withId(personId)) : null;
		UUID shown = (person != null) ? person.id() : null;
		PageOf<MeetingDetails> past = this.meetings.list(member.id(), new MeetingFilter(shown, null, null, now),
				PageRequest.of(page, PAGE_SIZE, PAGE_SIZE));
		model.addAttribute("person", person);
		model.addAttribute("upcoming",
				MeetingView.of(this.meetings.upcoming(member.id(), shown, UPCOMING), member.zone(), now));
		model.addAttribute("past", past.map((meeting) -> MeetingView.of(meeting, member.zone(), now)));
		return "meetings/list";
	}

	/**
	 * A blank form, filled from the link that led here: the person's page offers "plan a
	 * meeting" and "log a coffee" ({@code kind=coffee&status=happened}).
	 */
	@GetMapping("/meetings/new")
	String newMeeting(CurrentMember member, @RequestParam(name = "personId", required = false) List<UUID> personIds,
			@RequestParam(required = false) String kind, @RequestParam(required = false) String status, Model model) {
		MeetingStatus chosenStatus = orDefault(() -> MeetingStatus.fromCode(status), MeetingStatus.PLANNED);
		MeetingKind chosenKind = orDefault(() -> MeetingKind.fromCode(kind), MeetingKind.COFFEE);
		List<UUID> owned = (personIds != null) ? List.copyOf(this.people.summaries(member.id(), personIds).keySet())
				: List.of();
		LocalDateTime now = LocalDateTime.now(this.clock.withZone(member.zone())).truncatedTo(ChronoUnit.HOURS);
		// a plan is for later (tomorrow by default), a log is for what just happened
		LocalDateTime start = (chosenStatus == MeetingStatus.PLANNED) ? now.plusDays(1) : now;
		return form(member, MeetingForm.blank(owned, chosenKind, chosenStatus, start), null, model);
	}

	@PostMapping("/meetings")
	String create(CurrentMember member, @Valid @ModelAttribute("meeting") MeetingForm form, BindingResult result,
			Model model) {
		form.check(result);
		if (result.hasErrors()) {
			return form(member, form, null, model);
		}
		try {
			MeetingDetails meeting = this.meetings.create(member.id(), member.zone(), form.toNewMeeting(member.zone()));
			return "redirect:/meetings/" + meeting.id();
		}
		catch (InvalidInput ex) {
			reject(result, ex);
			return form(member, form, null, model);
		}
	}

	@GetMapping("/meetings/{id}/edit")
	String edit(CurrentMember member, @PathVariable UUID id, Model model) {
		MeetingDetails meeting = this.meetings.get(member.id(), id);
		return form(member, MeetingForm.of(meeting, member.zone()), id, model);
	}

	@PostMapping("/meetings/{id}")
	String update(CurrentMember member, @PathVariable UUID id, @Valid @ModelAttribute("meeting") MeetingForm form,
			BindingResult result, Model model) {
		this.meetings.requireOwned(member.id(), id);
		form.check(result);
		if (result.hasErrors()) {
			return form(member, form, id, model);
		}
		try {
			this.meetings.update(member.id(), member.zone(), id, form.toChanges(member.zone()));
			return "redirect:/meetings/" + id;
		}
		catch (InvalidInput ex) {
			reject(result, ex);
			return form(member, form, id, model);
		}
	}

	@PostMapping("/meetings/{id}/delete")
	String delete(CurrentMember member, @PathVariable UUID id) {
		this.meetings.delete(member.id(), member.zone(), id);
		return "redirect:/meetings";
	}

	private String form(CurrentMember member, MeetingForm form, UUID meetingId, Model model) {
		BindingResult bound = (BindingResult) model.getAttribute(BindingResult.MODEL_KEY_PREFIX + "meeting");
		model.addAttribute("meeting", form);
		if (bound != null && bound.getTarget() != form) {
			// a people list that did not convert leaves no bound form: keep its errors on
			// this one
			model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "meeting", bound);
		}
		model.addAttribute("meetingId", meetingId);
		model.addAttribute("people", this.people.allSummaries(member.id()));
		model.addAttribute("kinds", MeetingKind.values());
		model.addAttribute("modes", MeetingMode.values());
		model.addAttribute("statuses", MeetingStatus.values());
		return "meetings/form";
	}

	/**
	 * Someone else's person, or a date that cannot be true (its range in the message).
	 */
	private static void reject(BindingResult result, InvalidInput ex) {
		if ("personIds".equals(ex.field())) {
			result.rejectValue(ex.field(), "meetings.form.people.notYours");
		}
		else {
			result.rejectValue(ex.field(), "meetings.form.invalid", ex.getMessage());
		}
	}

	private static <T> T orDefault(Supplier<T> parse, T fallback) {
		try {
			return parse.get();
		}
		catch (IllegalArgumentException ex) {
			return fallback;
		}
	}

}

package org.tend.people.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.springframework.beans.factory.ObjectProvider;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tend.accounts.CurrentMember;
import org.tend.people.InvalidEntry;
import org.tend.shared.web.HtmxEvents;
import org.tend.people.NoteKind;
import org.tend.people.PeopleService;
import org.tend.people.PersonDetails;
import org.tend.people.PersonPageSection;

/**
 * The person page: profile, keeping in touch, the listening-notes timeline with its
 * inline form, then the sections other modules contribute. Adding or deleting a note
 * answers htmx with the notes alone and a plain form post with a redirect.
 */
@Controller
@RequestMapping("/people/{id}")
class PersonPage {

	private final PeopleService people;

	private final ObjectProvider<PersonPageSection> sections;

	private final Clock clock;

	PersonPage(PeopleService people, ObjectProvider<PersonPageSection> sections, Clock clock) {
		this.people = people;
		this.sections = sections;
		this.clock = clock;
	}

	@GetMapping
	String show(CurrentMember member, @PathVariable UUID id, Model model) {
		return page(model, member, this.people.details(member.id(), id), NoteForm.empty());
	}

	private String page(Model model, CurrentMember member, PersonDetails person, NoteForm form) {
		UUID id = person.id();
		notes(model, member, person, form);
		model.addAttribute("sections",
				this.sections.orderedStream()
					.sorted(Comparator.comparingInt(PersonPageSection::order))
					.map((section) -> new SectionView(section.template(), section.data(member.id(), id)))
					.toList());
		return "people/person";
	}

	@PostMapping("/notes")
	String addNote(CurrentMember member, @PathVariable UUID id, @ModelAttribute("noteForm") NoteForm form,
			BindingResult result, @RequestHeader(name = "HX-Request", required = false) String htmx, Model model,
			HttpServletResponse response) {
		PersonDetails person = this.people.details(member.id(), id);
		if (!result.hasErrors()) {
			try {
				this.people.addNote(member.id(), id, form.toNote(), member.zone());
				if (htmx == null) {
					return "redirect:/people/" + id + "#notes";
				}
				HtmxEvents.personChanged(response);
				notes(model, member, person, NoteForm.empty());
				return "people/person :: notes";
			}
			catch (InvalidEntry ex) {
				BindingErrors.reject(result, ex, (field) -> List.of());
			}
		}
		if (htmx != null) {
			notes(model, member, person, null);
			return "people/person :: notes";
		}
		return page(model, member, person, null);
	}

	@PostMapping("/notes/{noteId}/delete")
	String deleteNote(CurrentMember member, @PathVariable UUID id, @PathVariable UUID noteId,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model,
			HttpServletResponse response) {
		this.people.deleteNote(member.id(), id, noteId);
		if (htmx == null) {
			return "redirect:/people/" + id + "#notes";
		}
		HtmxEvents.personChanged(response);
		notes(model, member, this.people.details(member.id(), id), NoteForm.empty());
		return "people/person :: notes";
	}

	/** Deleting takes a second, deliberate click on this page. */
	@GetMapping("/delete")
	String confirmDelete(CurrentMember member, @PathVariable UUID id, Model model) {
		model.addAttribute("person", this.people.details(member.id(), id));
		return "people/delete";
	}

	@PostMapping("/delete")
	String delete(CurrentMember member, @PathVariable UUID id, RedirectAttributes redirect) {
		PersonDetails person = this.people.details(member.id(), id);
		this.people.delete(member.id(), id);
		redirect.addFlashAttribute("deletedName", person.name());
		return "redirect:/people";
	}

	private void notes(Model model, CurrentMember member, PersonDetails person, NoteForm form) {
		model.addAttribute("person", person);
		model.addAttribute("today", LocalDate.now(this.clock.withZone(member.zone())));
		model.addAttribute("noteGroups", NoteGroup.of(this.people.notes(member.id(), person.id())));
		model.addAttribute("noteKinds", NoteKind.values());
		// a posted form with errors stays as bound (null here), with its messages; a new
		// form object replaces it and drops its binding result
		if (form != null) {
			model.addAttribute("noteForm", form);
		}
	}

}

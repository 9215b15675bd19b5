package org.tend.people.web;

import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tend.accounts.CurrentMember;
import org.tend.people.Circle;
import org.tend.people.InvalidEntry;
import org.tend.people.PeopleService;
import org.tend.people.PersonChanges;
import org.tend.people.PersonDetails;
import org.tend.people.PersonInput;
import org.tend.people.PersonSummary;
import org.tend.shared.web.InvalidInput;

/**
 * Adding a person and editing one: the same form, re-shown with messages on bad input.
 */
@Controller
class PersonFormPage {

	private final PeopleService people;

	PersonFormPage(PeopleService people) {
		this.people = people;
	}

	@GetMapping("/people/new")
	String newPerson(Model model) {
		return form(model, PersonForm.empty(), null);
	}

	@PostMapping("/people")
	String create(CurrentMember member, @ModelAttribute("form") PersonForm form, BindingResult result, Model model) {
		if (result.hasErrors()) {
			return form(model, form, null);
		}
		PersonInput input = form.toInput();
		try {
			return "redirect:/people/" + this.people.create(member.id(), input).id();
		}
		catch (InvalidEntry ex) {
			BindingErrors.reject(result, ex, (field) -> listOf(input, field));
			return form(model, form, null);
		}
	}

	@GetMapping("/people/{id}/edit")
	String edit(CurrentMember member, @PathVariable UUID id, Model model) {
		PersonDetails person = this.people.details(member.id(), id);
		introducers(member, id, this.people.introducedBy(member.id(), id).map(PersonSummary::id).orElse(null), model);
		return form(model, PersonForm.of(person), person);
	}

	/**
	 * Saves the form and who introduced the person (a select of the journal's people, not
	 * a field of the person's input) in one transaction.
	 */
	@PostMapping("/people/{id}")
	String update(CurrentMember member, @PathVariable UUID id, @ModelAttribute("form") PersonForm form,
			BindingResult result, @RequestParam(required = false) UUID introducedBy, Model model) {
		PersonDetails person = this.people.details(member.id(), id);
		introducers(member, id, introducedBy, model);
		if (result.hasErrors()) {
			return form(model, form, person);
		}
		PersonInput input = form.toInput();
		try {
			this.people.update(member.id(), id, PersonChanges.all(input), introducedBy);
			return "redirect:/people/" + id;
		}
		catch (InvalidEntry ex) {
			BindingErrors.reject(result, ex, (field) -> listOf(input, field));
			return form(model, form, person);
		}
		catch (InvalidInput ex) {
			model.addAttribute("introducedByError", ex.getMessage());
			return form(model, form, person);
		}
	}

	private void introducers(CurrentMember member, UUID personId, UUID introducedBy, Model model) {
		model.addAttribute("introducers",
				this.people.allSummaries(member.id()).stream().filter((p) -> !p.id().equals(personId)).toList());
		model.addAttribute("introducedBy", introducedBy);
	}

	/**
	 * A posted form stays in the model as bound, so that its binding result (the
	 * messages) stays with it.
	 */
	private static String form(Model model, PersonForm form, PersonDetails person) {
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", form);
		}
		model.addAttribute("person", person);
		model.addAttribute("circles", Circle.values());
		return "people/form";
	}

	private static List<String> listOf(PersonInput input, String field) {
		return switch (field) {
			case "emails" -> input.emails();
			case "phones" -> input.phones();
			case "links" -> input.links();
			case "tags" -> input.tags();
			default -> List.of();
		};
	}

}

package org.tend.depth.web;

import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tend.accounts.CurrentMember;
import org.tend.depth.DepthService;
import org.tend.people.Circle;
import org.tend.people.PeopleService;
import org.tend.people.PersonChanges;
import org.tend.people.PersonField;
import org.tend.people.PersonInput;

/**
 * The circles depth suggests, each with "accept" and "choose another": the member
 * decides, the soft limits only warn.
 */
@Controller
class CirclesPage {

	private final DepthService depth;

	private final PeopleService people;

	CirclesPage(DepthService depth, PeopleService people) {
		this.depth = depth;
		this.people = people;
	}

	@GetMapping("/circles")
	String suggestions(CurrentMember member, @RequestParam(required = false) String moved, Model model) {
		model.addAttribute("suggestions", this.depth.circleSuggestions(member.id()));
		model.addAttribute("circleCounts", this.people.circleCounts(member.id()));
		model.addAttribute("circles", Circle.values());
		model.addAttribute("moved", moved);
		return "depth/circles";
	}

	/** Accepting a suggestion and overriding it are the same post with another circle. */
	@PostMapping("/circles/{personId}")
	String move(CurrentMember member, @PathVariable UUID personId, @RequestParam String circle) {
		PersonInput values = new PersonInput("-", null, null, null, null, null, null, null, Circle.fromCode(circle),
				null, null, null);
		String name = this.people.update(member.id(), personId, new PersonChanges(Set.of(PersonField.CIRCLE), values))
			.name();
		return "redirect:/circles?moved=" + java.net.URLEncoder.encode(name, java.nio.charset.StandardCharsets.UTF_8)
				+ "#main";
	}

}

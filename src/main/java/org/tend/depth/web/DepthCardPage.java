package org.tend.depth.web;

import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.tend.accounts.CurrentMember;
import org.tend.depth.DepthService;
import org.tend.shared.web.HtmxEvents;

/**
 * The person page's depth card alone: the card asks for itself again whenever a response
 * says the person changed ({@link #CHANGED}, an {@code HX-Trigger}), so that a note,
 * help, a promise or a meeting shows in the score without a reload.
 */
@Controller
class DepthCardPage {

	/**
	 * The htmx event a response names in its {@code HX-Trigger} header after a change
	 * that can move a person's depth.
	 */
	static final String CHANGED = HtmxEvents.PERSON_CHANGED;

	private final DepthService depth;

	DepthCardPage(DepthService depth) {
		this.depth = depth;
	}

	@GetMapping("/people/{id}/depth")
	String card(CurrentMember member, @PathVariable UUID id, Model model) {
		model.addAttribute("data", this.depth.score(member.id(), id));
		return "depth/person-section :: section";
	}

}

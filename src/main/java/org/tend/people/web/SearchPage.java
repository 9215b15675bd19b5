package org.tend.people.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tend.accounts.CurrentMember;

/** "Who do I know who works on climate data?": people, each with what matched. */
@Controller
class SearchPage {

	private final PeopleSearch search;

	SearchPage(PeopleSearch search) {
		this.search = search;
	}

	@GetMapping("/search")
	String search(CurrentMember member, @RequestParam(defaultValue = "") String q, Model model) {
		model.addAttribute("q", q.strip());
		model.addAttribute("results", this.search.search(member.id(), q));
		return "people/search";
	}

}

package org.tend.people.web;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.tend.accounts.CurrentMember;
import org.tend.people.Circle;
import org.tend.people.PeopleQuery;
import org.tend.people.PeopleService;
import org.tend.people.PeopleSort;
import org.tend.shared.PageRequest;

/**
 * The people list: search box, circle and tag filters, three sorts, pages. An htmx
 * request (typing in the search box) gets only the results back.
 */
@Controller
class PeopleListPage {

	static final int PAGE_SIZE = 25;

	private final PeopleService people;

	private final Clock clock;

	PeopleListPage(PeopleService people, Clock clock) {
		this.people = people;
		this.clock = clock;
	}

	@GetMapping("/people")
	String list(CurrentMember member, @RequestParam(required = false) String q,
			@RequestParam(required = false) String circle, @RequestParam(required = false) String tag,
			@RequestParam(required = false) String sort, @RequestParam(defaultValue = "0") int page,
			@RequestHeader(name = "HX-Request", required = false) String htmx,
			@RequestHeader(name = "HX-History-Restore-Request", required = false) String historyRestore, Model model,
			HttpServletResponse response) {
		PeopleQuery query = new ListParams(q, circle, tag, sort).toQuery();
		model.addAttribute("query", query);
		model.addAttribute("result",
				this.people.list(member.id(), query, new PageRequest(Math.max(0, page), PAGE_SIZE)));
		model.addAttribute("today", LocalDate.now(this.clock.withZone(member.zone())));
		// the same URL answers a whole page or a fragment: caches must tell them apart
		response.addHeader("Vary", "HX-Request");
		if (htmx != null && historyRestore == null) {
			return "people/list :: results";
		}
		model.addAttribute("circles", Circle.values());
		model.addAttribute("sorts", PeopleSort.values());
		model.addAttribute("tags", this.people.tags(member.id()));
		model.addAttribute("circleCounts", this.people.circleCounts(member.id()));
		return "people/list";
	}

}

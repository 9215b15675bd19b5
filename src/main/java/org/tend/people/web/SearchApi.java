package org.tend.people.web;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tend.accounts.CurrentMember;
import org.tend.people.web.PeopleSearch.FoundPerson;

/**
 * Search across people, notes, meetings and exchanges: "who do I know who works on
 * climate data?" answered as people, each with what matched.
 */
@RestController
@RequestMapping("/api/v1/search")
class SearchApi {

	private final PeopleSearch search;

	SearchApi(PeopleSearch search) {
		this.search = search;
	}

	@GetMapping
	SearchResults search(CurrentMember member, @RequestParam(defaultValue = "") String q) {
		return new SearchResults(q, this.search.search(member.id(), q));
	}

	record SearchResults(String query, List<FoundPerson> items) {
	}

}

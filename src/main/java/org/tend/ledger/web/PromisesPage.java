package org.tend.ledger.web;

import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tend.accounts.CurrentMember;
import org.tend.ledger.LedgerService;
import org.tend.ledger.PromiseChanges;
import org.tend.ledger.PromiseStatus;
import org.tend.shared.PageRequest;

/** The member's to-do of follow-ups: every open promise, overdue first. */
@Controller
@RequestMapping("/promises")
class PromisesPage {

	static final int PAGE_SIZE = 50;

	private final LedgerViews views;

	private final LedgerService ledger;

	PromisesPage(LedgerViews views, LedgerService ledger) {
		this.views = views;
		this.ledger = ledger;
	}

	@GetMapping
	String list(CurrentMember member, @RequestParam(required = false) Integer page, Model model) {
		model.addAttribute("view", this.views.openPromises(member.id(), PageRequest.of(page, PAGE_SIZE, PAGE_SIZE)));
		return "ledger/promises";
	}

	/** Kept or dropped: the promise leaves the list. */
	@PostMapping("/{id}/status")
	String changeStatus(CurrentMember member, @PathVariable UUID id, @RequestParam PromiseStatus status,
			@RequestParam(required = false) Integer page,
			@RequestHeader(name = "HX-Request", defaultValue = "false") boolean htmx, Model model) {
		this.ledger.changePromise(member.id(), id, PromiseChanges.status(status));
		if (!htmx) {
			return (page == null || page == 0) ? "redirect:/promises" : "redirect:/promises?page=" + page;
		}
		model.addAttribute("view", this.views.openPromises(member.id(), PageRequest.of(page, PAGE_SIZE, PAGE_SIZE)));
		return "ledger/promises :: list";
	}

}

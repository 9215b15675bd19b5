package org.tend.ledger.web;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tend.accounts.CurrentMember;
import org.tend.ledger.LedgerService;
import org.tend.ledger.PromiseChanges;
import org.tend.ledger.PromiseNotFound;
import org.tend.ledger.ExchangeNotFound;
import org.tend.ledger.PromiseStatus;
import org.tend.shared.web.HtmxEvents;
import org.tend.shared.web.InvalidInput;

/**
 * The inline adds and actions of the ledger section on a person page. An htmx request
 * gets the section back re-rendered; a plain form post is redirected to the person page,
 * or shown the section on a page of its own when the input needs fixing.
 */
@Controller
@RequestMapping("/people/{personId}")
class PersonLedgerPage {

	static final String SECTION = LedgerPersonSection.TEMPLATE + " :: section";

	static final String PAGE = "ledger/person";

	private final LedgerViews views;

	private final LedgerService ledger;

	private final MessageSource messages;

	PersonLedgerPage(LedgerViews views, LedgerService ledger, MessageSource messages) {
		this.views = views;
		this.ledger = ledger;
		this.messages = messages;
	}

	/** The section alone on a page: where a form posted without JavaScript is fixed. */
	@GetMapping("/ledger")
	String page(CurrentMember member, @PathVariable UUID personId, Model model) {
		model.addAttribute("data", this.views.person(member.id(), personId));
		return PAGE;
	}

	@PostMapping("/exchanges")
	String addExchange(CurrentMember member, @PathVariable UUID personId,
			@Valid @ModelAttribute("exchangeForm") ExchangeForm form, BindingResult result,
			@RequestHeader(name = "HX-Request", defaultValue = "false") boolean htmx, Model model, Locale locale,
			HttpServletResponse response) {
		this.views.personName(member.id(), personId);
		Optional<FormErrors> refused = save(result, locale,
				() -> this.ledger.recordExchange(member.id(), form.toNewExchange(personId)));
		if (refused.isEmpty()) {
			return done(member, personId, htmx, model, response);
		}
		model.addAttribute("data",
				this.views.person(member.id(), personId, form, refused.get(), PromiseForm.empty(), FormErrors.none()));
		return htmx ? SECTION : PAGE;
	}

	@PostMapping("/promises")
	String addPromise(CurrentMember member, @PathVariable UUID personId,
			@Valid @ModelAttribute("promiseForm") PromiseForm form, BindingResult result,
			@RequestHeader(name = "HX-Request", defaultValue = "false") boolean htmx, Model model, Locale locale,
			HttpServletResponse response) {
		this.views.personName(member.id(), personId);
		Optional<FormErrors> refused = save(result, locale,
				() -> this.ledger.makePromise(member.id(), form.toNewPromise(personId)));
		if (refused.isEmpty()) {
			return done(member, personId, htmx, model, response);
		}
		model.addAttribute("data", this.views.person(member.id(), personId,
				ExchangeForm.empty(this.ledger.today(member.id())), FormErrors.none(), form, refused.get()));
		return htmx ? SECTION : PAGE;
	}

	/** Kept, dropped, or open again. */
	@PostMapping("/promises/{promiseId}/status")
	String changeStatus(CurrentMember member, @PathVariable UUID personId, @PathVariable UUID promiseId,
			@RequestParam PromiseStatus status,
			@RequestHeader(name = "HX-Request", defaultValue = "false") boolean htmx, Model model,
			HttpServletResponse response) {
		if (!this.ledger.promise(member.id(), promiseId).personId().equals(personId)) {
			throw PromiseNotFound.withId(promiseId);
		}
		this.ledger.changePromise(member.id(), promiseId, PromiseChanges.status(status));
		return done(member, personId, htmx, model, response);
	}

	@PostMapping("/exchanges/{exchangeId}/delete")
	String deleteExchange(CurrentMember member, @PathVariable UUID personId, @PathVariable UUID exchangeId,
			@RequestHeader(name = "HX-Request", defaultValue = "false") boolean htmx, Model model,
			HttpServletResponse response) {
		if (!this.ledger.exchange(member.id(), exchangeId).personId().equals(personId)) {
			throw ExchangeNotFound.withId(exchangeId);
		}
		this.ledger.deleteExchange(member.id(), exchangeId);
		return done(member, personId, htmx, model, response);
	}

	/**
	 * Saves an add form that passed its own checks; the errors to show it again with when
	 * either the form or the ledger refused it, nothing when it was saved.
	 */
	private Optional<FormErrors> save(BindingResult result, Locale locale, Runnable save) {
		FormErrors errors = FormErrors.of(result, this.messages, locale);
		if (errors.any()) {
			return Optional.of(errors);
		}
		try {
			save.run();
			return Optional.empty();
		}
		catch (InvalidInput ex) {
			return Optional.of(FormErrors.of(ex.field(), ex.getMessage()));
		}
	}

	/** Help and promises move depth: the page's depth card is told to refresh. */
	private String done(CurrentMember member, UUID personId, boolean htmx, Model model, HttpServletResponse response) {
		if (!htmx) {
			return "redirect:/people/" + personId + "#ledger-section";
		}
		HtmxEvents.personChanged(response);
		model.addAttribute("data", this.views.person(member.id(), personId));
		return SECTION;
	}

}

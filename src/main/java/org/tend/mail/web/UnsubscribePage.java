package org.tend.mail.web;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.tend.mail.MailKind;
import org.tend.mail.MailPreferencesService;
import org.tend.mail.UnsubscribeLinkNotFound;

/**
 * One-click unsubscribe (RFC 8058). A mail client POSTs
 * {@code List-Unsubscribe=One-Click} to the link without a session or a CSRF token (the
 * link's secret is the proof); a person following the link gets a confirmation page
 * first, because a link scanner's GET must not unsubscribe anybody.
 */
@Controller
@RequestMapping("/mail/unsubscribe/{token}")
class UnsubscribePage {

	private static final String VIEW = "mail/unsubscribe";

	private static final String EXPIRED_VIEW = "mail/unsubscribe-expired";

	private final MailPreferencesService preferences;

	UnsubscribePage(MailPreferencesService preferences) {
		this.preferences = preferences;
	}

	@GetMapping
	String ask(@PathVariable String token, Model model) {
		MailKind kind = this.preferences.unsubscribeKind(token).orElseThrow(UnsubscribeLinkNotFound::unknown);
		model.addAttribute("kind", kind.code());
		model.addAttribute("token", token);
		model.addAttribute("done", false);
		return VIEW;
	}

	@PostMapping
	String unsubscribe(@PathVariable String token, Model model) {
		MailKind kind = this.preferences.unsubscribe(token).orElseThrow(UnsubscribeLinkNotFound::unknown);
		model.addAttribute("kind", kind.code());
		model.addAttribute("done", true);
		return VIEW;
	}

	/**
	 * Links are forgotten after {@code tend.mail.keep-unsubscribe-links}, and a forgotten
	 * link cannot be told from a mistyped one: either way the person reads that it has
	 * expired and where to switch mail off instead, not an error; a mail client's
	 * one-click post still gets 404, and nothing changes.
	 */
	@ExceptionHandler(UnsubscribeLinkNotFound.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String expired() {
		return EXPIRED_VIEW;
	}

}

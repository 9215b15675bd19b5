package org.tend.introductions.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.tend.introductions.IntroductionsService;

import jakarta.servlet.http.HttpServletResponse;

/**
 * One-click unsubscribe from introduction requests (RFC 8058), for the address a request
 * went to, whoever asks next. As with the mail module's unsubscribe: a mail client POSTs
 * without a session or a CSRF token (the link's secret is the proof), and a GET only
 * asks.
 */
@Controller
@RequestMapping("/introductions/unsubscribe/{secret}")
class IntroductionUnsubscribePage {

	private static final String VIEW = "introductions/unsubscribe";

	private final IntroductionsService introductions;

	IntroductionUnsubscribePage(IntroductionsService introductions) {
		this.introductions = introductions;
	}

	@GetMapping
	String ask(@PathVariable String secret, Model model, HttpServletResponse response) {
		if (!this.introductions.unsubscribeLinkExists(secret)) {
			return IntroductionAnswerPage.unknown(response);
		}
		model.addAttribute("secret", secret);
		model.addAttribute("done", false);
		return VIEW;
	}

	@PostMapping
	String unsubscribe(@PathVariable String secret, Model model, HttpServletResponse response) {
		if (!this.introductions.unsubscribe(secret)) {
			return IntroductionAnswerPage.unknown(response);
		}
		model.addAttribute("done", true);
		return VIEW;
	}

}

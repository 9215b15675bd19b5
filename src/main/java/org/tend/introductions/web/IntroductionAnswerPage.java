package org.tend.introductions.web;

import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.tend.introductions.Answer;
import org.tend.introductions.AnswerRequest;
import org.tend.introductions.IntroductionsService;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The page behind a request's yes and not-now links, for people without an account. A GET
 * only shows the request and one form with one button (link scanners open every link in a
 * mail); the form's POST answers. The POST carries no session and no CSRF token: the
 * secret in its address is the proof, as it is for one-click unsubscribe (a forger who
 * knows it could as well follow the link), and it is single-use.
 */
@Controller
@RequestMapping("/introductions/answer/{secret}/{link}")
class IntroductionAnswerPage {

	static final String VIEW = "introductions/answer";

	private static final String UNKNOWN_VIEW = "introductions/answer-unknown";

	private final IntroductionsService introductions;

	IntroductionAnswerPage(IntroductionsService introductions) {
		this.introductions = introductions;
	}

	@GetMapping
	String ask(@PathVariable String secret, @PathVariable String link, Model model, HttpServletResponse response) {
		Optional<Answer> answer = Answer.fromLink(link);
		Optional<AnswerRequest> request = answer.flatMap((found) -> this.introductions.request(secret));
		if (request.isEmpty()) {
			return unknown(response);
		}
		model.addAttribute("request", request.get());
		model.addAttribute("answer", answer.get());
		model.addAttribute("state", request.get().state());
		model.addAttribute("secret", secret);
		model.addAttribute("done", false);
		return VIEW;
	}

	@PostMapping
	String answer(@PathVariable String secret, @PathVariable String link, Model model, HttpServletResponse response) {
		Optional<Answer> answer = Answer.fromLink(link);
		Optional<AnswerRequest> request = answer.flatMap((found) -> this.introductions.request(secret));
		Optional<AnswerRequest.State> state = answer.flatMap((found) -> this.introductions.answer(secret, found));
		if (request.isEmpty() || state.isEmpty()) {
			return unknown(response);
		}
		model.addAttribute("request", request.get());
		model.addAttribute("answer", answer.get());
		// OPEN before this answer: now it is noted; otherwise what stood in its way
		model.addAttribute("state", state.get());
		model.addAttribute("done", request.get().state() == AnswerRequest.State.OPEN);
		return VIEW;
	}

	/**
	 * An altered or unknown link: a calm page saying so, 404, and nothing changed (the
	 * unsubscribe link answers the same way).
	 */
	static String unknown(HttpServletResponse response) {
		response.setStatus(HttpStatus.NOT_FOUND.value());
		return UNKNOWN_VIEW;
	}

}

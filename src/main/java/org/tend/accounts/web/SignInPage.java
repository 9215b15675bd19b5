package org.tend.accounts.web;

import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.tend.accounts.AccountsService;

@Controller
class SignInPage {

	private final AccountsService accounts;

	SignInPage(AccountsService accounts) {
		this.accounts = accounts;
	}

	/** The front door: a signed-in member goes straight to today's page. */
	@GetMapping("/")
	String welcome(Model model) {
		if (signedIn()) {
			return "redirect:/today";
		}
		model.addAttribute("signupMode", this.accounts.signupMode());
		model.addAttribute("demoAllowed", this.accounts.demoAllowed());
		return "accounts/welcome";
	}

	@GetMapping("/login")
	String signIn(Model model) {
		if (signedIn()) {
			return "redirect:/today";
		}
		model.addAttribute("signupMode", this.accounts.signupMode());
		return "accounts/login";
	}

	/**
	 * Reached by a forward from the sign-in failure handler when the throttle said no.
	 */
	@RequestMapping("/login/throttled")
	@ResponseStatus(HttpStatus.TOO_MANY_REQUESTS)
	String throttled(@RequestAttribute(name = "throttledMinutes", required = false) Long minutes, Model model) {
		model.addAttribute("signupMode", this.accounts.signupMode());
		model.addAttribute("throttledMinutes", minutes == null ? 15 : minutes);
		return "accounts/login";
	}

	static boolean signedIn() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.isAuthenticated()
				&& !(authentication instanceof AnonymousAuthenticationToken);
	}

}

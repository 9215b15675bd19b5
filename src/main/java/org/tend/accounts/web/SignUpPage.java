package org.tend.accounts.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tend.accounts.Account;
import org.tend.accounts.AccountsService;
import org.tend.accounts.SessionSignIn;
import org.tend.accounts.SignupMode;
import org.tend.accounts.SignupRefused;

@Controller
@RequestMapping("/signup")
class SignUpPage {

	private final AccountsService accounts;

	private final SessionSignIn sessionSignIn;

	SignUpPage(AccountsService accounts, SessionSignIn sessionSignIn) {
		this.accounts = accounts;
		this.sessionSignIn = sessionSignIn;
	}

	@GetMapping
	String form(@RequestParam(required = false) String invitation, Model model) {
		model.addAttribute("form", SignUpForm.empty(invitation));
		describeMode(model);
		return "accounts/signup";
	}

	@PostMapping
	String signUp(@Valid @ModelAttribute("form") SignUpForm form, BindingResult result, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		describeMode(model);
		if (result.hasErrors()) {
			return "accounts/signup";
		}
		try {
			Account account = this.accounts.signUp(form.toSignUp());
			this.sessionSignIn.signIn(account, request, response);
			return "redirect:/today";
		}
		catch (SignupRefused ex) {
			if (ex.field() != null) {
				result.rejectValue(ex.field(), "signup.refused." + ex.field(), ex.getMessage());
			}
			else {
				// sign-up is closed: nothing on the form can fix that
				response.setStatus(HttpStatus.FORBIDDEN.value());
				result.reject("signup.refused.closed", ex.getMessage());
			}
			return "accounts/signup";
		}
	}

	private void describeMode(Model model) {
		SignupMode mode = this.accounts.signupMode();
		model.addAttribute("signupMode", mode);
		model.addAttribute("firstMember", mode == SignupMode.INVITE && this.accounts.awaitingFirstMember());
	}

}

package org.tend.accounts.web;

import java.time.Clock;
import java.time.ZoneId;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.tend.accounts.AccessTokenNotFound;
import org.tend.accounts.Account;
import org.tend.accounts.AccountsService;
import org.tend.accounts.CurrentMember;
import org.tend.accounts.NewToken;
import org.tend.accounts.PasswordCheckThrottled;
import org.tend.accounts.SessionSignIn;
import org.tend.shared.web.Notice;

/**
 * Profile, password, personal access tokens, invitations and deleting the account. A new
 * token's secret and a new invitation link are rendered straight into the response, never
 * redirected: they must not wait in the (stored) session for the next page.
 */
@Controller
@RequestMapping("/settings")
class SettingsPage {

	private static final String VIEW = "accounts/settings";

	private static final String NOTICE = "notice";

	private final AccountsService accounts;

	private final SessionSignIn session;

	private final Clock clock;

	SettingsPage(AccountsService accounts, SessionSignIn session, Clock clock) {
		this.accounts = accounts;
		this.session = session;
		this.clock = clock;
	}

	@GetMapping
	String settings(CurrentMember member, Model model) {
		return render(member, model);
	}

	@PostMapping("/profile")
	String updateProfile(CurrentMember member, @Valid @ModelAttribute("profileForm") ProfileForm form,
			BindingResult result, Model model, RedirectAttributes redirect, HttpServletRequest request,
			HttpServletResponse response) {
		ZoneId zone = ZoneChoices.parse(form.timeZone()).orElse(null);
		if (zone == null && !result.hasFieldErrors("timeZone")) {
			result.rejectValue("timeZone", "settings.timeZone.unknown");
		}
		if (result.hasErrors()) {
			return render(member, model);
		}
		Account account = this.accounts.updateProfile(member.id(), form.displayName(), zone);
		this.session.refresh(account, request, response);
		redirect.addFlashAttribute(NOTICE, new Notice("settings.profile.saved"));
		return "redirect:/settings";
	}

	@PostMapping("/password")
	String changePassword(CurrentMember member, @Valid @ModelAttribute("passwordForm") PasswordForm form,
			BindingResult result, Model model, RedirectAttributes redirect, HttpServletRequest request,
			HttpServletResponse response) {
		if (!result.hasFieldErrors("newPassword") && !result.hasFieldErrors("confirmation") && !form.confirmed()) {
			result.rejectValue("confirmation", "settings.password.mismatch");
		}
		if (result.hasErrors()) {
			return render(member, model);
		}
		try {
			if (!this.accounts.changePassword(member.id(), form.currentPassword(), form.newPassword())) {
				result.rejectValue("currentPassword", "settings.password.wrong");
				return render(member, model);
			}
		}
		catch (PasswordCheckThrottled ex) {
			result.rejectValue("currentPassword", "settings.password.throttled");
			response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
			response.setHeader("Retry-After", Long.toString(ex.retryAfter().toSeconds()));
			return render(member, model);
		}
		this.session.endOtherSessions(member, request);
		redirect.addFlashAttribute(NOTICE, new Notice("settings.password.changed"));
		return "redirect:/settings";
	}

	/**
	 * Deletes the account and whole journal when the password is the member's; the
	 * session ends with it, so the next page is the sign-in page.
	 */
	@PostMapping("/delete")
	String deleteAccount(CurrentMember member, @Valid @ModelAttribute("deleteForm") DeleteForm form,
			BindingResult result, Model model, HttpServletRequest request) {
		if (!result.hasErrors() && !this.accounts.deleteAccount(member.id(), form.password())) {
			result.rejectValue("password", "settings.delete.wrong");
		}
		if (result.hasErrors()) {
			return render(member, model);
		}
		this.session.signOut(request);
		return "redirect:/login?deleted";
	}

	@PostMapping("/tokens")
	String createToken(CurrentMember member, @Valid @ModelAttribute("tokenForm") TokenForm form, BindingResult result,
			Model model) {
		if (result.hasErrors()) {
			return render(member, model);
		}
		if (this.accounts.findById(member.id()).map(Account::demo).orElse(true)) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
		NewToken token = this.accounts.createToken(member.id(), form.name());
		model.addAttribute("newToken", token);
		model.addAttribute("tokenForm", TokenForm.empty());
		return render(member, model);
	}

	@PostMapping("/tokens/{id}/revoke")
	String revokeToken(CurrentMember member, @PathVariable UUID id, RedirectAttributes redirect) {
		if (!this.accounts.revokeToken(member.id(), id)) {
			throw AccessTokenNotFound.withId(id);
		}
		redirect.addFlashAttribute(NOTICE, new Notice("settings.token.revoked"));
		return "redirect:/settings";
	}

	@PostMapping("/invitations")
	String createInvitation(CurrentMember member, Model model) {
		if (!this.accounts.mayInvite(member.id())) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		String code = this.accounts.createInvitation(member.id());
		model.addAttribute("invitationLink",
				ServletUriComponentsBuilder.fromCurrentContextPath()
					.path("/signup")
					.queryParam("invitation", code)
					.toUriString());
		return render(member, model);
	}

	private String render(CurrentMember member, Model model) {
		Account account = this.accounts.findById(member.id())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("member", member);
		model.addAttribute("account", account);
		if (!model.containsAttribute("profileForm")) {
			model.addAttribute("profileForm", new ProfileForm(account.displayName(), account.zone().getId()));
		}
		if (!model.containsAttribute("passwordForm")) {
			model.addAttribute("passwordForm", PasswordForm.empty());
		}
		if (!model.containsAttribute("deleteForm")) {
			model.addAttribute("deleteForm", new DeleteForm(""));
		}
		if (!model.containsAttribute("tokenForm")) {
			model.addAttribute("tokenForm", TokenForm.empty());
		}
		model.addAttribute("zones", ZoneChoices.at(this.clock.instant(), account.zone()));
		model.addAttribute("tokens",
				this.accounts.tokens(member.id()).stream().map((token) -> TokenRow.of(token, account.zone())).toList());
		boolean mayInvite = this.accounts.mayInvite(member.id());
		model.addAttribute("mayInvite", mayInvite);
		model.addAttribute("openInvitations", mayInvite ? this.accounts.openInvitations(member.id()) : 0);
		return VIEW;
	}

}

package org.tend.accounts.web;

import java.net.URI;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.tend.accounts.Account;
import org.tend.accounts.AccountsService;
import org.tend.accounts.CurrentMember;
import org.tend.accounts.NewToken;
import org.tend.accounts.SignUp;
import org.tend.accounts.SignupRefused;
import org.tend.shared.web.Problems;

@RestController
@RequestMapping("/api/v1")
class AccountsApi {

	private final AccountsService accounts;

	AccountsApi(AccountsService accounts) {
		this.accounts = accounts;
	}

	/** Creates an account and a first token, so that a script can go on at once. */
	@PostMapping("/accounts")
	@ResponseStatus(HttpStatus.CREATED)
	ResponseEntity<CreatedAccount> signUp(@Valid @RequestBody SignUp request) {
		Account account = this.accounts.signUp(request);
		NewToken token = this.accounts.createToken(account.id(), "Created at sign-up");
		return ResponseEntity.created(URI.create("/api/v1/me"))
			.body(new CreatedAccount(account.id(), account.email(), account.displayName(), token.secret()));
	}

	/** Who the token belongs to: lets a script check its token before doing anything. */
	@GetMapping("/me")
	Me me(CurrentMember member) {
		return new Me(member.id(), member.email(), member.displayName(), member.zone().getId());
	}

	/**
	 * Deletes the member's account and whole journal; the password proves it is the
	 * member, not a leaked token. The token stops working with the answer.
	 */
	@DeleteMapping("/me")
	ResponseEntity<Object> deleteAccount(CurrentMember member, @Valid @RequestBody DeleteAccount request) {
		if (!this.accounts.deleteAccount(member.id(), request.password())) {
			return ResponseEntity.status(HttpStatus.FORBIDDEN)
				.body(Problems.of(HttpStatus.FORBIDDEN, "Wrong password",
						"The password is not this account's: nothing was deleted."));
		}
		return ResponseEntity.noContent().build();
	}

	@ExceptionHandler(SignupRefused.class)
	ProblemDetail refused(SignupRefused ex) {
		HttpStatus status = (ex.field() == null || "invitation".equals(ex.field())) ? HttpStatus.FORBIDDEN
				: HttpStatus.CONFLICT;
		return Problems.of(status, "Sign-up refused", ex.getMessage());
	}

	record CreatedAccount(UUID id, String email, String displayName, String token) {

		/** Never the token: a value may end up in a log. */
		@Override
		public String toString() {
			return "CreatedAccount[id=" + this.id + ", email=" + this.email + "]";
		}

	}

	/** The account's password, asked again before everything goes. */
	record DeleteAccount(@NotBlank @Size(max = 200) String password) {

		/** Never the password: a value may end up in a log. */
		@Override
		public String toString() {
			return "DeleteAccount[...]";
		}

	}

	record Me(UUID id, String email, String displayName, String timeZone) {
	}

}

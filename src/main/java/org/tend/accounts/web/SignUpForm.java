package org.tend.accounts.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.tend.accounts.SignUp;
import org.tend.accounts.ValidPassword;

record SignUpForm(
		@NotBlank(message = "{signup.email.required}") @Email(message = "{signup.email.invalid}") @Size(max = 254,
				message = "{signup.email.invalid}") String email,
		@NotBlank(message = "{signup.password.required}") @ValidPassword(tooShort = "{signup.password.length}",
				tooLong = "{signup.password.tooLong}", tooWeak = "{signup.password.weak}") String password,
		@NotBlank(message = "{signup.displayName.required}") @Size(max = 100,
				message = "{signup.displayName.length}") String displayName,
		@Size(max = 100) String invitation, String timeZone) {

	static SignUpForm empty(String invitation) {
		return new SignUpForm("", "", "", invitation, null);
	}

	/**
	 * The time zone is the browser's, filled in by the page's script: one the server does
	 * not know (an old browser's) is left out, and the account starts in UTC.
	 */
	SignUp toSignUp() {
		String zone = ZoneChoices.parse(this.timeZone).map(java.time.ZoneId::getId).orElse(null);
		return new SignUp(this.email, this.password, this.displayName, this.invitation, zone);
	}

	/** Never the password or the invitation code: a form may end up in a log. */
	@Override
	public String toString() {
		return "SignUpForm[email=" + this.email + ", displayName=" + this.displayName + "]";
	}

}

package org.tend.accounts.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.tend.accounts.SignUp;

record SignUpForm(
		@NotBlank(message = "{signup.email.required}") @Email(message = "{signup.email.invalid}") @Size(
				max = 254) String email,
		@NotBlank(message = "{signup.password.required}") @Size(min = 12, max = 200,
				message = "{signup.password.length}") String password,
		@NotBlank(message = "{signup.displayName.required}") @Size(max = 100) String displayName, String invitation) {

	static SignUpForm empty(String invitation) {
		return new SignUpForm("", "", "", invitation);
	}

	SignUp toSignUp() {
		return new SignUp(this.email, this.password, this.displayName, this.invitation);
	}

}

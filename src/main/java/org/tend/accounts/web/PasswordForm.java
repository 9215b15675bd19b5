package org.tend.accounts.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.tend.accounts.ValidPassword;

/**
 * The current password proves it is the member at the keyboard, not a borrowed session.
 */
record PasswordForm(
		@NotBlank(message = "{settings.password.current.required}") @Size(max = 200,
				message = "{settings.password.wrong}") String currentPassword,
		@NotBlank(message = "{signup.password.required}") @ValidPassword(tooShort = "{signup.password.length}",
				tooLong = "{signup.password.tooLong}", tooWeak = "{signup.password.weak}") String newPassword,
		@NotBlank(message = "{settings.password.confirmation.required}") String confirmation) {

	static PasswordForm empty() {
		return new PasswordForm("", "", "");
	}

	boolean confirmed() {
		return this.newPassword != null && this.newPassword.equals(this.confirmation);
	}

	/** Never a password: a form may end up in a log. */
	@Override
	public String toString() {
		return "PasswordForm[...]";
	}

}

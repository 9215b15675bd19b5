package org.tend.accounts.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The password, asked again before an account and its journal are deleted. */
record DeleteForm(@NotBlank(message = "{settings.delete.password.required}") @Size(max = 200,
		message = "{settings.delete.wrong}") String password) {

	/** Never a password: a form may end up in a log. */
	@Override
	public String toString() {
		return "DeleteForm[...]";
	}

}

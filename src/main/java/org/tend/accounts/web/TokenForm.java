package org.tend.accounts.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A name (up to 100 characters) that tells the member later which script uses the token.
 */
record TokenForm(@NotBlank(message = "{settings.token.name.required}") @Size(max = 100,
		message = "{settings.token.name.length}") String name) {

	static TokenForm empty() {
		return new TokenForm("");
	}

}

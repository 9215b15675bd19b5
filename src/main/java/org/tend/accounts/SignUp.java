package org.tend.accounts;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A request to create an account; the invitation code matters only when sign-up is by
 * invite.
 */
public record SignUp(@NotBlank @Email @Size(max = 254) String email,
		@NotBlank @Size(min = 12, max = 200, message = "must be at least 12 characters") String password,
		@NotBlank @Size(max = 100) String displayName, String invitation) {

	public SignUp(String email, String password, String displayName) {
		this(email, password, displayName, null);
	}

}

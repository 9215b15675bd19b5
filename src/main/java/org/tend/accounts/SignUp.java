package org.tend.accounts;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A request to create an account; the invitation code matters only when sign-up is by
 * invite. Limits: email 254 characters, password 12 characters to 72 bytes, display name
 * 100 characters. The time zone (an IANA name such as {@code Europe/Madrid}) sets the
 * member's week, nudge hour and invitations from the start; none means UTC.
 */
public record SignUp(@NotBlank @Email @Size(max = 254) String email, @NotBlank @ValidPassword String password,
		@NotBlank @Size(max = 100) String displayName, @Size(max = 100) String invitation,
		@Size(max = 64) String timeZone) {

	public SignUp(String email, String password, String displayName) {
		this(email, password, displayName, null, null);
	}

	public SignUp(String email, String password, String displayName, String invitation) {
		this(email, password, displayName, invitation, null);
	}

	/** Never the password or the invitation code: a request may end up in a log. */
	@Override
	public String toString() {
		return "SignUp[email=" + this.email + ", displayName=" + this.displayName + "]";
	}

}

package org.tend.accounts.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Display name up to 100 characters; the time zone is an IANA id such as Europe/Madrid.
 */
record ProfileForm(
		@NotBlank(message = "{settings.displayName.required}") @Size(max = 100,
				message = "{signup.displayName.length}") String displayName,
		@NotBlank(message = "{settings.timeZone.unknown}") @Size(max = 64,
				message = "{settings.timeZone.unknown}") String timeZone) {
}

package org.tend.mail.web;

import jakarta.validation.Valid;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.tend.accounts.CurrentMember;
import org.tend.mail.MailPreferencesService;

/** The signed-in member's own mail preferences: there is no route to anybody else's. */
@RestController
@RequestMapping("/api/v1/me/mail-preferences")
class MailPreferencesApi {

	private final MailPreferencesService preferences;

	MailPreferencesApi(MailPreferencesService preferences) {
		this.preferences = preferences;
	}

	@GetMapping
	PreferencesJson get(CurrentMember member) {
		return PreferencesJson.of(this.preferences.of(member.id()));
	}

	@PutMapping
	PreferencesJson replace(CurrentMember member, @Valid @RequestBody PreferencesJson body) {
		return PreferencesJson
			.of(this.preferences.update(member.id(), body.toPreferences(this.preferences.of(member.id()))));
	}

}

package org.tend.mail;

import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tend.mail.internal.PreferenceRepository;
import org.tend.mail.internal.UnsubscribeTokens;

/** The mail module's facade for a member's preferences and unsubscribe links. */
@Service
public class MailPreferencesService {

	private final PreferenceRepository preferences;

	private final UnsubscribeTokens tokens;

	private final Clock clock;

	MailPreferencesService(PreferenceRepository preferences, UnsubscribeTokens tokens, Clock clock) {
		this.preferences = preferences;
		this.tokens = tokens;
		this.clock = clock;
	}

	/** The member's preferences, the defaults until they change them. */
	@Transactional(readOnly = true)
	public MailPreferences of(UUID ownerId) {
		return this.preferences.find(ownerId).orElse(MailPreferences.DEFAULTS);
	}

	@Transactional
	public MailPreferences update(UUID ownerId, MailPreferences changed) {
		this.preferences.save(ownerId, Objects.requireNonNull(changed), this.clock.instant());
		return changed;
	}

	/**
	 * The kind of mail an unsubscribe link would switch off; empty for an unknown link.
	 */
	@Transactional(readOnly = true)
	public Optional<MailKind> unsubscribeKind(String token) {
		return this.tokens.find(token).map(UnsubscribeTokens.Subscription::kind);
	}

	/**
	 * Switches off the kind of mail the link stands for (again and again: mail clients
	 * may post twice); empty for an unknown link.
	 */
	@Transactional
	public Optional<MailKind> unsubscribe(String token) {
		return this.tokens.find(token).map((subscription) -> {
			MailPreferences current = of(subscription.ownerId());
			this.preferences.save(subscription.ownerId(), current.without(subscription.kind()), this.clock.instant());
			return subscription.kind();
		});
	}

}

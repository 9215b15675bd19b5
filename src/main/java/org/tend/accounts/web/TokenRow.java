package org.tend.accounts.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;

import org.tend.accounts.AccessToken;

/** A token as the settings page lists it, times in the member's own zone. */
record TokenRow(UUID id, String name, String created, String lastUsed, String revoked) {

	private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH);

	static TokenRow of(AccessToken token, ZoneId zone) {
		return new TokenRow(token.id(), token.name(), format(token.createdAt(), zone), format(token.lastUsedAt(), zone),
				format(token.revokedAt(), zone));
	}

	public boolean active() {
		return this.revoked == null;
	}

	private static String format(Instant instant, ZoneId zone) {
		return (instant != null) ? FORMAT.format(instant.atZone(zone)) : null;
	}

}

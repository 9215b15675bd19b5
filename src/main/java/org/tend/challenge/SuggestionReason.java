package org.tend.challenge;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonValue;

/** Why someone is suggested this week; the API sends the lowercase code. */
public enum SuggestionReason {

	/** An inner or close person whose keep-in-touch date has passed. */
	CLOSE_TIE_PAST_CADENCE,
	/** Met recently, once: depth needs hours, so a second meeting matters most. */
	SECOND_MEETING,
	/** Not seen for half a year or more. */
	LONG_UNSEEN,
	/** Reserved for this week's community pairing (not suggested yet). */
	COMMUNITY_PAIRING;

	@JsonValue
	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

}

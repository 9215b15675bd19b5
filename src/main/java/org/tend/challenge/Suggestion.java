package org.tend.challenge;

import java.util.UUID;

/** Someone to meet this week, why ({@code reason}), and a sentence saying so. */
public record Suggestion(UUID personId, SuggestionReason reason, String text) {

	public Suggestion {
		if (personId == null || reason == null || text == null) {
			throw new IllegalArgumentException("a suggestion needs a person, a reason and a text");
		}
	}

}

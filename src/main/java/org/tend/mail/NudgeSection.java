package org.tend.mail;

import java.util.List;
import java.util.UUID;

/**
 * What this week's nudge suggests: an optional opening sentence (the goal, a streak...)
 * and up to a few people, each with a sentence on why now.
 */
public record NudgeSection(String opening, List<Line> suggestions) {

	public NudgeSection {
		suggestions = List.copyOf(suggestions);
	}

	/** One suggested person and why ("Zoë: you last met in March"). */
	public record Line(UUID personId, String text) {

		public Line {
			if (text == null || text.isBlank()) {
				throw new IllegalArgumentException("a suggestion needs a text");
			}
		}

	}

}

package org.tend.meetings;

import java.util.stream.Stream;

import jakarta.validation.constraints.Size;

import org.tend.meetings.internal.TextLimits;

/**
 * What the member wrote after a meeting. Each part holds at most {@value #MAX_LENGTH}
 * characters; a blank part is stored as none (null).
 */
public record Reflection(@Size(max = MAX_LENGTH) String learned, @Size(max = MAX_LENGTH) String shared,
		@Size(max = MAX_LENGTH) String adviceOffered, @Size(max = MAX_LENGTH) String helpAsked,
		@Size(max = MAX_LENGTH) String nextStep) {

	public static final int MAX_LENGTH = 4000;

	public static final Reflection NONE = new Reflection(null, null, null, null, null);

	public Reflection {
		learned = TextLimits.optional("learned", learned, MAX_LENGTH);
		shared = TextLimits.optional("shared", shared, MAX_LENGTH);
		adviceOffered = TextLimits.optional("adviceOffered", adviceOffered, MAX_LENGTH);
		helpAsked = TextLimits.optional("helpAsked", helpAsked, MAX_LENGTH);
		nextStep = TextLimits.optional("nextStep", nextStep, MAX_LENGTH);
	}

	/** True when nothing was written yet. */
	public boolean isEmpty() {
		return Stream.of(this.learned, this.shared, this.adviceOffered, this.helpAsked, this.nextStep)
			.allMatch((part) -> part == null);
	}

	/** The written parts as one text, for the search index. */
	public String text() {
		return String.join("\n",
				Stream.of(this.learned, this.shared, this.adviceOffered, this.helpAsked, this.nextStep)
					.filter((part) -> part != null)
					.toList());
	}

}

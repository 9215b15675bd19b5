package org.tend.introductions;

import java.util.Locale;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonValue;

/** One side's answer to an introduction request. */
public enum Answer {

	PENDING, YES, NO;

	@JsonValue
	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static Answer fromCode(String code) {
		return valueOf(code.toUpperCase(Locale.ROOT));
	}

	/**
	 * The answer a link's last path segment stands for: {@code yes} or {@code not-now};
	 * anything else is no answer at all.
	 */
	public static Optional<Answer> fromLink(String segment) {
		return switch (segment) {
			case "yes" -> Optional.of(YES);
			case "not-now" -> Optional.of(NO);
			default -> Optional.empty();
		};
	}

	/** The link's last path segment for this answer. */
	public String link() {
		return switch (this) {
			case YES -> "yes";
			case NO -> "not-now";
			case PENDING -> throw new IllegalStateException("no link answers 'pending'");
		};
	}

}

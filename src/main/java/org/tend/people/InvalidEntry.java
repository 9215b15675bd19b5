package org.tend.people;

import java.util.Comparator;
import java.util.List;
import java.util.Set;

import jakarta.validation.ConstraintViolation;

/**
 * What the member entered about a person or a note breaks a rule; nothing was saved. It
 * is an {@link IllegalArgumentException}, so any API answers it 400, and names each bad
 * field ({@code name}, {@code emails[1]}) so forms and problem details can point at it.
 */
public class InvalidEntry extends IllegalArgumentException {

	private final List<Problem> problems;

	private InvalidEntry(List<Problem> problems) {
		super("Invalid fields: " + String.join(", ", problems.stream().map(Problem::field).distinct().toList()));
		this.problems = List.copyOf(problems);
	}

	public static InvalidEntry of(Set<? extends ConstraintViolation<?>> violations) {
		return new InvalidEntry(violations.stream()
			.map((violation) -> new Problem(fieldOf(violation), violation.getMessage()))
			.sorted(Comparator.comparing(Problem::field).thenComparing(Problem::message))
			.toList());
	}

	/** One field's problem found by a rule outside Bean Validation (a date's range). */
	public static InvalidEntry of(String field, String message) {
		return new InvalidEntry(List.of(new Problem(field, message)));
	}

	public List<Problem> problems() {
		return this.problems;
	}

	/** "emails[1].<list element>" as the validator says it becomes "emails[1]". */
	private static String fieldOf(ConstraintViolation<?> violation) {
		return violation.getPropertyPath().toString().replaceAll("\\.<[^>]+>", "");
	}

	/** One bad field and what is wrong with it. */
	public record Problem(String field, String message) {
	}

}

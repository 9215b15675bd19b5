package org.tend.people.internal;

import java.util.List;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.springframework.stereotype.Component;
import org.tend.people.InvalidEntry;

/**
 * Checks people and notes against the limits their records declare, whoever calls the
 * facade (API, form, sample data, import), before anything is written.
 */
@Component
class EntryValidator {

	private final Validator validator;

	EntryValidator(Validator validator) {
		this.validator = validator;
	}

	/**
	 * Checks many entries at once, on the cores there are (an address book is thousands
	 * of them), throwing for the first invalid one in their order as {@link #check}
	 * would.
	 */
	<T> List<T> checkAll(List<T> entries) {
		List<Set<ConstraintViolation<T>>> violations = entries.parallelStream().map(this.validator::validate).toList();
		violations.stream().filter((found) -> !found.isEmpty()).findFirst().ifPresent((found) -> {
			throw InvalidEntry.of(found);
		});
		return entries;
	}

	<T> T check(T entry) {
		Set<ConstraintViolation<T>> violations = this.validator.validate(entry);
		if (!violations.isEmpty()) {
			throw InvalidEntry.of(violations);
		}
		return entry;
	}

}

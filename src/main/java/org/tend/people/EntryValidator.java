package org.tend.people;

import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.springframework.stereotype.Component;

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

	<T> T check(T entry) {
		Set<ConstraintViolation<T>> violations = this.validator.validate(entry);
		if (!violations.isEmpty()) {
			throw InvalidEntry.of(violations);
		}
		return entry;
	}

}

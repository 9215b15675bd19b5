package org.tend.ledger.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/**
 * A form's error messages by field, already resolved: the ledger's forms live in
 * fragments that other modules' pages render, where Spring's binding result is not at
 * hand.
 */
public record FormErrors(Map<String, String> byField) {

	public FormErrors {
		byField = Map.copyOf(byField);
	}

	static FormErrors none() {
		return new FormErrors(Map.of());
	}

	static FormErrors of(BindingResult result, MessageSource messages, Locale locale) {
		Map<String, String> byField = new LinkedHashMap<>();
		for (FieldError error : result.getFieldErrors()) {
			byField.putIfAbsent(error.getField(), messages.getMessage(error, locale));
		}
		return new FormErrors(byField);
	}

	static FormErrors of(String field, String message) {
		return new FormErrors(Map.of(field, message));
	}

	public boolean any() {
		return !this.byField.isEmpty();
	}

	public boolean has(String field) {
		return this.byField.containsKey(field);
	}

	public String get(String field) {
		return this.byField.get(field);
	}

}

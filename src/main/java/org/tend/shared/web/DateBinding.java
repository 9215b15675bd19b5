package org.tend.shared.web;

import java.beans.PropertyEditorSupport;
import java.time.LocalDate;

import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;
import org.tend.shared.DateRules;

/**
 * Form dates are read with any number of year digits, so that a year typed as 20255
 * reaches {@link DateRules} and is answered with the range allowed instead of a bare
 * "Enter a date". Text that is no date at all is still a type mismatch.
 */
@ControllerAdvice
class DateBinding {

	@InitBinder
	void dates(WebDataBinder binder) {
		binder.registerCustomEditor(LocalDate.class, new PropertyEditorSupport() {
			@Override
			public void setAsText(String text) {
				if (text == null || text.isBlank()) {
					setValue(null);
					return;
				}
				try {
					setValue(DateRules.parseDate(text));
				}
				catch (java.time.format.DateTimeParseException ex) {
					throw new IllegalArgumentException("not a date: " + text, ex);
				}
			}

			@Override
			public String getAsText() {
				Object value = getValue();
				return (value != null) ? value.toString() : "";
			}
		});
	}

}

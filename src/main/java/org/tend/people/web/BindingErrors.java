package org.tend.people.web;

import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.validation.BindingResult;
import org.tend.people.InvalidEntry;

/**
 * Puts the facade's field problems on the form: "emails[1]" is shown under the emails
 * box, quoting the entry at fault since the box holds several.
 */
final class BindingErrors {

	private static final Pattern INDEXED = Pattern.compile("([A-Za-z]+)\\[(\\d+)]");

	private BindingErrors() {
	}

	static void reject(BindingResult result, InvalidEntry ex, Function<String, List<String>> lists) {
		for (InvalidEntry.Problem problem : ex.problems()) {
			Matcher indexed = INDEXED.matcher(problem.field());
			if (indexed.matches()) {
				List<String> values = lists.apply(indexed.group(1));
				int index = Integer.parseInt(indexed.group(2));
				String message = (index < values.size()) ? "“" + values.get(index) + "”: " + problem.message()
						: problem.message();
				result.rejectValue(indexed.group(1), "invalid", message);
			}
			else if (result.getFieldErrorCount(problem.field()) == 0) {
				result.rejectValue(problem.field(), "invalid", problem.message());
			}
		}
	}

}

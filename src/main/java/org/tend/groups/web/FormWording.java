package org.tend.groups.web;

import java.util.List;
import java.util.Map;

/**
 * The facade words a refusal as the API does ("sizeMin must be ..."); a form says it with
 * the words of its labels. Each form lists its own rewordings, applied in order; the
 * sentence then starts with a capital, since a rewording may have left a field name
 * first.
 */
record FormWording(List<Map.Entry<String, String>> rewordings) {

	FormWording {
		rewordings = List.copyOf(rewordings);
	}

	String of(String message) {
		String text = message;
		for (Map.Entry<String, String> rewording : this.rewordings) {
			text = text.replace(rewording.getKey(), rewording.getValue());
		}
		return Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}

}

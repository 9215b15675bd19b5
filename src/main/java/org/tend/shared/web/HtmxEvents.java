package org.tend.shared.web;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The htmx events a response announces in its {@code HX-Trigger} header, so that other
 * parts of the page can refresh themselves without the module that answered knowing them
 * (the depth card listens for {@link #PERSON_CHANGED}).
 */
public final class HtmxEvents {

	/** Something about the person shown changed: a note, help, a promise, a meeting. */
	public static final String PERSON_CHANGED = "person-changed";

	private HtmxEvents() {
	}

	public static void personChanged(HttpServletResponse response) {
		response.addHeader("HX-Trigger", PERSON_CHANGED);
	}

}

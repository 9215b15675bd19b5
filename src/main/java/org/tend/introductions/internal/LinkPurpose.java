package org.tend.introductions.internal;

import java.util.Locale;

/** What a side's secret link does: answer the request, or stop introduction requests. */
enum LinkPurpose {

	ANSWER, UNSUBSCRIBE;

	String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	static LinkPurpose fromCode(String code) {
		return valueOf(code.toUpperCase(Locale.ROOT));
	}

}

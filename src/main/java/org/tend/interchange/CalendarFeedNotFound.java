package org.tend.interchange;

import org.tend.shared.NotFound;

/** No feed at that address (never made, or revoked), or the member has none to revoke. */
public class CalendarFeedNotFound extends NotFound {

	private CalendarFeedNotFound(String message) {
		super(message);
	}

	public static CalendarFeedNotFound none() {
		return new CalendarFeedNotFound("No calendar feed");
	}

}

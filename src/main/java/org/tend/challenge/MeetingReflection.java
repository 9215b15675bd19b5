package org.tend.challenge;

import java.util.List;

import org.tend.ledger.NewExchange;
import org.tend.ledger.NewPromise;
import org.tend.meetings.Reflection;

/**
 * What the member writes after a meeting, in one go: the reflection, the promises made
 * and the help that changed hands. Promises and exchanges name one of the meeting's
 * people; their meetingId is set to the meeting (whatever they say).
 */
public record MeetingReflection(Reflection reflection, List<NewPromise> promises, List<NewExchange> exchanges) {

	/** More lines than anyone writes after one coffee. */
	public static final int MAX_LINES = 10;

	public MeetingReflection {
		if (reflection == null) {
			throw new IllegalArgumentException("a reflection is required (it may be empty)");
		}
		promises = List.copyOf(promises);
		exchanges = List.copyOf(exchanges);
		if (promises.size() > MAX_LINES || exchanges.size() > MAX_LINES) {
			throw new IllegalArgumentException("at most " + MAX_LINES + " promises and " + MAX_LINES + " exchanges");
		}
	}

}

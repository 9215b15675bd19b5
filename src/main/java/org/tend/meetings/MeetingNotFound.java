package org.tend.meetings;

import java.util.UUID;

import org.tend.shared.NotFound;

/** No such meeting in this member's journal. */
public class MeetingNotFound extends NotFound {

	private MeetingNotFound(UUID meetingId) {
		super("No meeting " + meetingId);
	}

	public static MeetingNotFound withId(UUID meetingId) {
		return new MeetingNotFound(meetingId);
	}

}

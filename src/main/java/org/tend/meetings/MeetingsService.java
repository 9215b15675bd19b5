package org.tend.meetings;

import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The meetings module's facade; every method is scoped by the owner's id. */
@Service
public class MeetingsService {

	private final MeetingRepository meetings;

	MeetingsService(MeetingRepository meetings) {
		this.meetings = meetings;
	}

	/** Throws {@link MeetingNotFound} unless the meeting belongs to the member. */
	@Transactional(readOnly = true)
	public void requireOwned(UUID ownerId, UUID meetingId) {
		if (!this.meetings.exists(ownerId, meetingId)) {
			throw MeetingNotFound.withId(meetingId);
		}
	}

}

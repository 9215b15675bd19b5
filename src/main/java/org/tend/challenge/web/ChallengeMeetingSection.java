package org.tend.challenge.web;

import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.tend.meetings.MeetingPageSection;

/**
 * On the meeting page: the challenge's steps for this meeting (invite, reflect with
 * promises and help, share card).
 */
@Component
class ChallengeMeetingSection implements MeetingPageSection {

	@Override
	public int order() {
		return 5;
	}

	@Override
	public String template() {
		return "challenge/meeting-section";
	}

	@Override
	public UUID data(UUID ownerId, UUID meetingId, List<UUID> personIds) {
		return meetingId;
	}

}

package org.tend.ledger.web;

import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.tend.meetings.MeetingPageSection;

/**
 * On the meeting's prep card: what is owed both ways with the people met, and what last
 * changed hands, so the member walks in remembering.
 */
@Component
class LedgerMeetingSection implements MeetingPageSection {

	private final LedgerViews views;

	LedgerMeetingSection(LedgerViews views) {
		this.views = views;
	}

	@Override
	public int order() {
		return 10;
	}

	@Override
	public String template() {
		return "ledger/meeting-section";
	}

	@Override
	public MeetingLedger data(UUID ownerId, UUID meetingId, List<UUID> personIds) {
		return this.views.meeting(ownerId, personIds);
	}

}

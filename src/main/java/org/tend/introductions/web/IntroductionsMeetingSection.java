package org.tend.introductions.web;

import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.tend.meetings.MeetingPageSection;
import org.tend.people.PeopleService;
import org.tend.people.PersonSummary;

/**
 * On a meeting's page, beside its reflection: a way to introduce someone who was there to
 * someone the member knows, while the conversation is fresh.
 */
@Component
class IntroductionsMeetingSection implements MeetingPageSection {

	private final PeopleService people;

	IntroductionsMeetingSection(PeopleService people) {
		this.people = people;
	}

	@Override
	public int order() {
		return 30;
	}

	@Override
	public String template() {
		return "introductions/meeting-section";
	}

	@Override
	public List<PersonSummary> data(UUID ownerId, UUID meetingId, List<UUID> personIds) {
		return this.people.summaries(ownerId, personIds).values().stream().toList();
	}

}

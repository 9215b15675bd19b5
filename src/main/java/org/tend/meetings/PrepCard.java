package org.tend.meetings;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.tend.people.ListeningNote;
import org.tend.people.PersonSummary;

/**
 * What to remember before meeting: for each person, what they are building, struggling
 * with and hoping for, what was said last time, and a few questions worth asking.
 */
public record PrepCard(UUID meetingId, List<PersonPrep> people) {

	public PrepCard {
		people = List.copyOf(people);
	}

	/**
	 * One person's part of the card. {@code lastReflection} and {@code nextStep} are null
	 * when nothing was written after an earlier meeting.
	 */
	public record PersonPrep(PersonSummary person, List<ListeningNote> projects, List<ListeningNote> challenges,
			List<ListeningNote> aspirations, PastReflection lastReflection, PastReflection nextStep,
			List<Question> questions) {

		public PersonPrep {
			projects = List.copyOf(projects);
			challenges = List.copyOf(challenges);
			aspirations = List.copyOf(aspirations);
			questions = List.copyOf(questions);
		}

		public boolean knowsNothing() {
			return this.projects.isEmpty() && this.challenges.isEmpty() && this.aspirations.isEmpty()
					&& this.lastReflection == null;
		}

	}

	/**
	 * A question drawn from what the member knows: the page words it from the topic
	 * (message {@code meetings.question.<topic>}) around the subject, a note's or a next
	 * step's text.
	 */
	public record Question(Topic topic, String subject) {

	}

	public enum Topic {

		PROJECT, CHALLENGE, ASPIRATION, NEXT_STEP;

		public String code() {
			return name().toLowerCase(Locale.ROOT);
		}

	}

}

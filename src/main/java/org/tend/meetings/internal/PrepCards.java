package org.tend.meetings.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.tend.meetings.PastReflection;
import org.tend.meetings.PrepCard.PersonPrep;
import org.tend.meetings.PrepCard.Question;
import org.tend.meetings.PrepCard.Topic;
import org.tend.meetings.PrepCard;
import org.tend.people.ListeningNote;
import org.tend.people.NoteKind;
import org.tend.people.PeopleService;
import org.tend.people.PersonSummary;

/** Builds the prep card from the listening notes and the earlier reflections. */
@Component
public class PrepCards {

	/** Notes of each kind shown: the newest, enough to recall without reading a file. */
	static final int NOTES_PER_KIND = 3;

	/** Questions quote at most this much of a note, cut at a word. */
	static final int SUBJECT_LENGTH = 80;

	private final MeetingHistory history;

	private final PeopleService people;

	PrepCards(MeetingHistory history, PeopleService people) {
		this.history = history;
		this.people = people;
	}

	public PrepCard build(UUID ownerId, Meeting meeting) {
		Map<UUID, PersonSummary> summaries = this.people.summaries(ownerId, meeting.personIds());
		List<PersonPrep> preps = summaries.values()
			.stream()
			.sorted(Comparator.comparing(PersonSummary::name, String.CASE_INSENSITIVE_ORDER))
			.map((person) -> prep(ownerId, meeting, person))
			.toList();
		return new PrepCard(meeting.id(), preps);
	}

	private PersonPrep prep(UUID ownerId, Meeting meeting, PersonSummary person) {
		List<ListeningNote> notes = this.people.notes(ownerId, person.id());
		List<ListeningNote> projects = ofKind(notes, NoteKind.PROJECT);
		List<ListeningNote> challenges = ofKind(notes, NoteKind.CHALLENGE);
		List<ListeningNote> aspirations = ofKind(notes, NoteKind.ASPIRATION);
		PastReflection last = this.history.latestReflected(ownerId, person.id(), meeting.id())
			.map(PastReflection::of)
			.orElse(null);
		PastReflection nextStep = this.history.latestWithNextStep(ownerId, person.id(), meeting.id())
			.map(PastReflection::of)
			.orElse(null);
		List<Question> questions = new ArrayList<>();
		first(projects).ifPresent((note) -> questions.add(question(Topic.PROJECT, note.text())));
		first(challenges).ifPresent((note) -> questions.add(question(Topic.CHALLENGE, note.text())));
		first(aspirations).ifPresent((note) -> questions.add(question(Topic.ASPIRATION, note.text())));
		if (nextStep != null) {
			questions.add(question(Topic.NEXT_STEP, nextStep.reflection().nextStep()));
		}
		return new PersonPrep(person, projects, challenges, aspirations, last, nextStep, questions);
	}

	private static List<ListeningNote> ofKind(List<ListeningNote> notes, NoteKind kind) {
		return notes.stream().filter((note) -> note.kind() == kind).limit(NOTES_PER_KIND).toList();
	}

	private static Optional<ListeningNote> first(List<ListeningNote> notes) {
		return notes.stream().findFirst();
	}

	static Question question(Topic topic, String text) {
		return new Question(topic, shorten(text));
	}

	/** The first line of the text, cut at a word to fit a question. */
	public static String shorten(String text) {
		String line = text.strip().lines().findFirst().orElse("").strip();
		if (line.length() <= SUBJECT_LENGTH) {
			return line;
		}
		int cut = line.lastIndexOf(' ', SUBJECT_LENGTH - 1);
		return line.substring(0, (cut > SUBJECT_LENGTH / 2) ? cut : SUBJECT_LENGTH - 1).strip() + "…";
	}

}

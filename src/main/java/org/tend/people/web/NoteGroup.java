package org.tend.people.web;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.tend.people.ListeningNote;
import org.tend.people.NoteKind;

/**
 * The notes of one kind, newest first: projects, challenges and aspirations each read as
 * their own timeline, so their evolution shows.
 */
record NoteGroup(NoteKind kind, List<ListeningNote> notes) {

	static List<NoteGroup> of(List<ListeningNote> notes) {
		Map<NoteKind, List<ListeningNote>> byKind = notes.stream()
			.collect(Collectors.groupingBy(ListeningNote::kind, () -> new EnumMap<>(NoteKind.class),
					Collectors.toList()));
		return byKind.entrySet().stream().map((entry) -> new NoteGroup(entry.getKey(), entry.getValue())).toList();
	}

}

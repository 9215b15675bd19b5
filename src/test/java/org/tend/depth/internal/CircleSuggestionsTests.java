package org.tend.depth.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.tend.depth.CircleSuggestion;
import org.tend.people.Circle;
import org.tend.people.PersonSummary;

import static org.assertj.core.api.Assertions.assertThat;

class CircleSuggestionsTests {

	@Test
	void aSmallShallowJournalIsNotSuggestedTheInnerCircle() {
		List<PersonSummary> people = people(3);
		Map<UUID, Double> depths = Map.of(people.get(0).id(), 2.0, people.get(1).id(), 1.5);

		assertThat(CircleSuggestions.suggest(people, depths)).extracting(CircleSuggestion::suggested)
			.containsOnly(Circle.WIDER);
	}

	@Test
	void eachCircleAsksTheDepthThatEarnsIt() {
		List<PersonSummary> people = people(4);
		Map<UUID, Double> depths = Map.of(people.get(0).id(), 61.0, people.get(1).id(), 45.0, people.get(2).id(), 20.0,
				people.get(3).id(), 19.9);

		assertThat(CircleSuggestions.suggest(people, depths)).extracting(CircleSuggestion::suggested)
			.containsExactly(Circle.INNER, Circle.CLOSE, Circle.ACTIVE, Circle.WIDER);
	}

	@Test
	void theLayersSizesStillCapADeepJournal() {
		List<PersonSummary> people = people(7);
		Map<UUID, Double> depths = new HashMap<>();
		people.forEach((person) -> depths.put(person.id(), 80.0));

		assertThat(CircleSuggestions.suggest(people, depths)).extracting(CircleSuggestion::suggested)
			.containsExactly(Circle.INNER, Circle.INNER, Circle.INNER, Circle.INNER, Circle.INNER, Circle.CLOSE,
					Circle.CLOSE);
	}

	private static List<PersonSummary> people(int count) {
		List<PersonSummary> people = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			people.add(new PersonSummary(UUID.randomUUID(), "Amélie " + i, null, null, null));
		}
		return people;
	}

}

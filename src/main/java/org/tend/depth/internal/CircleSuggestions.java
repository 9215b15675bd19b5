package org.tend.depth.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.tend.depth.CircleSuggestion;
import org.tend.people.Circle;
import org.tend.people.PersonSummary;

/**
 * Dunbar's layers filled from the deepest down: the strongest 5 → inner, the next 10 →
 * close, the next 35 → active, everyone else → wider (the circles' soft limits, 5 / 15 /
 * 50 in total).
 */
public final class CircleSuggestions {

	private CircleSuggestions() {
	}

	/** Deepest first; equal depths by name, so the order is stable. */
	public static List<CircleSuggestion> suggest(List<PersonSummary> people, Map<UUID, Double> depths) {
		List<PersonSummary> ranked = new ArrayList<>(people);
		ranked.sort(Comparator.comparingDouble((PersonSummary p) -> -depths.getOrDefault(p.id(), 0.0))
			.thenComparing(PersonSummary::name, String.CASE_INSENSITIVE_ORDER)
			.thenComparing(PersonSummary::id));
		List<CircleSuggestion> suggestions = new ArrayList<>(ranked.size());
		for (int rank = 0; rank < ranked.size(); rank++) {
			PersonSummary person = ranked.get(rank);
			suggestions.add(new CircleSuggestion(person, depths.getOrDefault(person.id(), 0.0), circleAt(rank)));
		}
		return suggestions;
	}

	/** The circle of the person at this rank (0 = deepest). */
	static Circle circleAt(int rank) {
		for (Circle circle : Circle.values()) {
			if (rank < circle.softLimit()) {
				return circle;
			}
		}
		return Circle.WIDER;
	}

}

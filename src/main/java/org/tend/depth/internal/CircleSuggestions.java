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
 * 50 in total). A place in a layer must also be earned: inner asks a depth of at least
 * {@value #INNER_DEPTH}, close {@value #CLOSE_DEPTH}, active {@value #ACTIVE_DEPTH}, so
 * that a small journal's three people at depth 2 are not all "Suggested: Inner"
 * (docs/depth-model.md).
 */
public final class CircleSuggestions {

	/** About a monthly tie of some years with listening and help both ways. */
	static final double INNER_DEPTH = 60;

	/** Half the model's points: a strong tie ("strong ties" in the insights are 50). */
	static final double CLOSE_DEPTH = 40;

	/** A few meetings this year, or a recent one with some history. */
	static final double ACTIVE_DEPTH = 20;

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
			double depth = depths.getOrDefault(person.id(), 0.0);
			suggestions.add(new CircleSuggestion(person, depth, widest(circleAt(rank), earnedBy(depth))));
		}
		return suggestions;
	}

	/** The closest circle this depth earns, whatever the rank. */
	static Circle earnedBy(double depth) {
		if (depth >= INNER_DEPTH) {
			return Circle.INNER;
		}
		if (depth >= CLOSE_DEPTH) {
			return Circle.CLOSE;
		}
		return (depth >= ACTIVE_DEPTH) ? Circle.ACTIVE : Circle.WIDER;
	}

	/** The wider of the two circles (circles are declared closest first). */
	private static Circle widest(Circle one, Circle other) {
		return (one.ordinal() >= other.ordinal()) ? one : other;
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

package org.tend.depth;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.tend.depth.internal.Labels;

/**
 * The depth model, version {@value #VERSION}: a pure function from {@link DepthInputs} to
 * eight components whose contributions, each rounded to one decimal, add up to the score.
 * The formula and the reasons for its weights are in docs/depth-model.md; change one and
 * the version must change with it.
 */
public final class DepthModel {

	public static final String VERSION = "3";

	static final double RECENCY = 25;

	static final double RECENCY_HALF_LIFE_DAYS = 60;

	static final double LONGEVITY = 12;

	static final double LONGEVITY_HALF_YEARS = 2;

	static final double TIME = 20;

	/** Hall 2018: about 200 hours together make a close friend. */
	static final double CLOSE_FRIEND_HOURS = 200;

	static final double FREQUENCY = 15;

	static final int MONTHLY = 12;

	static final double LISTENING = 10;

	static final double RECIPROCITY = 10;

	static final int FULL_RECIPROCITY = 8;

	static final double PROMISES = 5;

	static final double MUTUAL = 3;

	private DepthModel() {
	}

	/** The components of the relationship's depth, in a fixed order. */
	public static List<DepthComponent> components(DepthInputs in) {
		// a first-met day (a form's "when we met", LinkedIn's "Connected on") is not a
		// meeting: it may start the history together, never end it (model 3)
		LocalDate first = (in.metOn() != null && !in.metOn().isAfter(in.today())) ? in.metOn() : null;
		LocalDate last = null;
		double hours = 0;
		int lastYear = 0;
		int reflections = 0;
		LocalDate yearAgo = in.today().minusDays(365);
		for (Contact contact : in.contacts()) {
			if (contact.on().isAfter(in.today())) {
				continue;
			}
			first = (first == null || contact.on().isBefore(first)) ? contact.on() : first;
			last = (last == null || contact.on().isAfter(last)) ? contact.on() : last;
			hours += contact.weightedHours();
			lastYear += contact.on().isAfter(yearAgo) ? 1 : 0;
			reflections += contact.reflected() ? 1 : 0;
		}
		List<DepthComponent> parts = new ArrayList<>(8);
		parts.add(recency(in.today(), last));
		parts.add(longevity(first, last));
		parts.add(timeTogether(hours));
		parts.add(frequency(lastYear));
		parts.add(listening(in.noteKindsKnown(), reflections));
		parts.add(reciprocity(in.given(), in.received()));
		parts.add(promises(in.promisesKeptOnTime(), in.promisesKeptLate(), in.promisesBroken()));
		parts.add(mutual(in.peopleInCommon(), in.introductions()));
		return parts;
	}

	/** The score with its components, stamped with the model version. */
	public static DepthScore score(UUID personId, DepthInputs in, java.time.Instant computedAt) {
		List<DepthComponent> parts = components(in);
		return new DepthScore(personId, sum(parts), VERSION, computedAt, parts);
	}

	/** The exact sum of the contributions, to one decimal. */
	public static double sum(List<DepthComponent> parts) {
		long tenths = 0;
		for (DepthComponent part : parts) {
			tenths += Math.round(part.contribution() * 10);
		}
		return tenths / 10.0;
	}

	static DepthComponent recency(LocalDate today, LocalDate last) {
		if (last == null) {
			return part("recency", "not met yet", 0, 0);
		}
		long days = ChronoUnit.DAYS.between(last, today);
		double points = RECENCY * Math.pow(0.5, days / RECENCY_HALF_LIFE_DAYS);
		String label = switch ((int) Math.min(days, 2)) {
			case 0 -> "last met today";
			case 1 -> "last met yesterday";
			default -> "last met " + days + " days ago";
		};
		return part("recency", label, days, points);
	}

	static DepthComponent longevity(LocalDate first, LocalDate last) {
		if (first == null || last == null) {
			return part("longevity", "no history together yet", 0, 0);
		}
		long days = Math.max(0, ChronoUnit.DAYS.between(first, last));
		double years = days / 365.25;
		double points = LONGEVITY * (1 - Math.pow(0.5, years / LONGEVITY_HALF_YEARS));
		return part("longevity", Labels.knownFor(days), days, points);
	}

	static DepthComponent timeTogether(double hours) {
		double points = TIME * Math.min(1, Math.log1p(hours) / Math.log1p(CLOSE_FRIEND_HOURS));
		return part("time", Labels.hours(hours), Math.round(hours * 10) / 10.0, points);
	}

	static DepthComponent frequency(int lastYear) {
		double points = FREQUENCY * Math.min(1, lastYear / (double) MONTHLY);
		String label = switch (lastYear) {
			case 0 -> "no meeting in the last year";
			case 1 -> "met once in the last year";
			default -> "met " + lastYear + " times in the last year";
		};
		return part("frequency", label, lastYear, points);
	}

	static DepthComponent listening(int kindsKnown, int reflections) {
		double points = 2 * kindsKnown + Math.min(reflections, 4);
		return part("listening", Labels.listening(kindsKnown, reflections), kindsKnown + reflections,
				Math.min(LISTENING, points));
	}

	static DepthComponent reciprocity(int given, int received) {
		int total = given + received;
		double balance = (total == 0) ? 0 : Math.min(given, received) / (double) Math.max(given, received);
		double points = RECIPROCITY * Math.min(1, total / (double) FULL_RECIPROCITY) * (0.5 + 0.5 * balance);
		return part("reciprocity", Labels.reciprocity(given, received), total, points);
	}

	static DepthComponent promises(int keptOnTime, int keptLate, int broken) {
		int total = keptOnTime + keptLate + broken;
		if (total == 0) {
			return part("promises", "no promises kept or broken yet", 0, 0);
		}
		double reliability = (keptOnTime + 0.5 * keptLate) / total;
		double points = PROMISES * reliability * Math.min(1, total / 3.0);
		return part("promises", keptOnTime + " of " + total + " promises kept on time", keptOnTime, points);
	}

	static DepthComponent mutual(int peopleInCommon, int introductions) {
		int links = peopleInCommon + introductions;
		double points = MUTUAL * Math.min(1, links / 5.0);
		return part("mutual", Labels.mutual(peopleInCommon, introductions), links, points);
	}

	private static DepthComponent part(String name, String label, double value, double points) {
		return new DepthComponent(name, label, value, Math.round(points * 10) / 10.0);
	}

}

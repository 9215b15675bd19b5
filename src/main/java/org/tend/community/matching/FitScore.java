package org.tend.community.matching;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The fit of two members, from their community profiles only; the parts and their weights
 * are explained in {@code docs/pairing.md} ("Fit and rounds"). Symmetric: the fit of a
 * with b is the fit of b with a, reasons in the same order.
 */
public final class FitScore {

	/** Points for each ask the other meets with an offer. */
	static final int ASK_MET = 12;

	/** Asks counted per direction: a long wish list must not outweigh everything else. */
	static final int ASKS_COUNTED = 3;

	static final int SHARED_TOPIC = 4;

	static final int TOPICS_COUNTED = 5;

	static final int SAME_CITY = 10;

	static final int VIRTUAL_HOURS_COUNTED = 6;

	static final String AGAIN_CODE = "again";

	static final int FIRST_TIME = 5;

	/**
	 * Points for a pair who both asked to meet again: as much as a first meeting, so that
	 * asking restores what a repeat loses and no more (docs/pairing.md, "Meeting again").
	 */
	static final int AGAIN = FIRST_TIME;

	/**
	 * The highest fit there is: what the planner's priority weight must outweigh. A first
	 * meeting and a meeting again never both count.
	 */
	static final int MAX = 2 * ASKS_COUNTED * ASK_MET + TOPICS_COUNTED * SHARED_TOPIC + SAME_CITY
			+ Math.max(FIRST_TIME, AGAIN);

	private static final String[] ORDINALS = { "first", "second", "third", "fourth", "fifth", "sixth", "seventh",
			"eighth", "ninth", "tenth" };

	/**
	 * The day daytime windows are compared on, fixed so that a fit never drifts with DST.
	 */
	static final LocalDate REFERENCE_DAY = LocalDate.of(2026, 1, 14);

	static final LocalTime DAY_STARTS = LocalTime.of(8, 0);

	static final LocalTime DAY_ENDS = LocalTime.of(20, 0);

	private FitScore() {
	}

	/**
	 * Deterministic, documented in docs/pairing.md.
	 * @param pairedBefore the two were ever paired in this community
	 */
	public static Fit of(MemberProfile a, MemberProfile b, boolean pairedBefore) {
		return of(a, b, pairedBefore, 0);
	}

	/**
	 * The fit of a pair who may meet again because both asked for it.
	 * @param againCoffee the coffee this would be (2 for the second) when both asked to
	 * meet again and the community's limit allows it, else 0
	 */
	public static Fit of(MemberProfile a, MemberProfile b, boolean pairedBefore, int againCoffee) {
		List<FitReason> reasons = new ArrayList<>();
		int score = parts(FoldedProfile.of(a), FoldedProfile.of(b), pairedBefore, againCoffee, reasons);
		return new Fit(score, reasons);
	}

	/** The score alone, as {@link #of} computes it, for the planner's many pairs. */
	static int score(FoldedProfile a, FoldedProfile b, boolean pairedBefore, int againCoffee) {
		return parts(a, b, pairedBefore, againCoffee, null);
	}

	/** "second", "third", … "tenth", then "11th": which coffee of a pair this is. */
	public static String ordinal(int coffee) {
		return (coffee >= 1 && coffee <= ORDINALS.length) ? ORDINALS[coffee - 1] : coffee + "th";
	}

	/**
	 * Adds up the parts; the sentences only when {@code reasons} is given, so that score
	 * and reasons can never disagree.
	 */
	static int parts(FoldedProfile a, FoldedProfile b, boolean pairedBefore, int againCoffee, List<FitReason> reasons) {
		int score = 0;
		List<FitReason> asks = (reasons != null) ? new ArrayList<>() : null;
		score += asksMet(a, b, asks);
		score += asksMet(b, a, asks);
		if (reasons != null) {
			// sorted, so that the order of a and b does not show
			asks.sort(Comparator.comparing(FitReason::sentence));
			reasons.addAll(asks);
		}
		score += sharedTopics(a, b, reasons);
		score += meeting(a, b, reasons);
		if (!pairedBefore) {
			score += FIRST_TIME;
			if (reasons != null) {
				reasons
					.add(new FitReason("first-time", FIRST_TIME, "You have not been paired in this community before."));
			}
		}
		else if (againCoffee >= 2) {
			score += AGAIN;
			if (reasons != null) {
				reasons.add(new FitReason(AGAIN_CODE, AGAIN,
						"Your " + ordinal(againCoffee) + " coffee: you both asked for it."));
			}
		}
		return score;
	}

	/**
	 * The asks of {@code asking} that an offer of {@code offering} meets, at most three.
	 */
	private static int asksMet(FoldedProfile asking, FoldedProfile offering, List<FitReason> reasons) {
		int met = 0;
		for (int i = 0; i < asking.asks().size() && met < ASKS_COUNTED; i++) {
			List<String> ask = asking.asks().get(i);
			for (int j = 0; j < offering.offers().size(); j++) {
				if (Phrases.meets(ask, offering.offers().get(j))) {
					met++;
					if (reasons != null) {
						reasons.add(new FitReason("ask-met", ASK_MET,
								askSentence(asking.askTexts().get(i), offering.profile().offers().get(j).strip())));
					}
					break;
				}
			}
		}
		return met * ASK_MET;
	}

	private static String askSentence(String ask, String offer) {
		if (Phrases.key(ask).equals(Phrases.key(offer))) {
			return "One of you asked for “" + ask + "”, which the other offers.";
		}
		return "One of you asked for “" + ask + "”, which the other offers (“" + offer + "”).";
	}

	private static int sharedTopics(FoldedProfile a, FoldedProfile b, List<FitReason> reasons) {
		List<String> shared = new ArrayList<>();
		for (Map.Entry<String, String> topic : a.topics().entrySet()) {
			String other = b.topics().get(topic.getKey());
			if (other != null) {
				// the smaller spelling of the two, so either order of a and b reads the
				// same
				shared.add((topic.getValue().compareTo(other) <= 0) ? topic.getValue() : other);
				if (shared.size() == TOPICS_COUNTED) {
					break;
				}
			}
		}
		if (shared.isEmpty()) {
			return 0;
		}
		int points = shared.size() * SHARED_TOPIC;
		if (reasons != null) {
			reasons.add(new FitReason("shared-topics", points,
					"You both like to talk about “" + String.join("”, “", shared) + "”."));
		}
		return points;
	}

	private static int meeting(FoldedProfile a, FoldedProfile b, List<FitReason> reasons) {
		MemberProfile pa = a.profile();
		MemberProfile pb = b.profile();
		if (pa.mode().allowsInPerson() && pb.mode().allowsInPerson() && !a.city().isEmpty()
				&& a.city().equals(b.city())) {
			if (reasons != null) {
				String city = smaller(pa.city().strip(), pb.city().strip());
				reasons.add(
						new FitReason("same-city", SAME_CITY, "You can meet in person: you are both in " + city + "."));
			}
			return SAME_CITY;
		}
		if (!pa.mode().allowsVirtual() || !pb.mode().allowsVirtual()) {
			return 0;
		}
		// both ways, so that a zone whose days differ in length around the reference day
		// cannot make the fit of a with b differ from the fit of b with a
		long hours = Math.max(a.overlapMinutes(b), b.overlapMinutes(a)) / 60;
		if (hours == 0) {
			return 0;
		}
		int points = (int) Math.min(hours, VIRTUAL_HOURS_COUNTED);
		if (reasons != null) {
			String x = smaller(pa.zone().getId(), pb.zone().getId());
			String y = x.equals(pa.zone().getId()) ? pb.zone().getId() : pa.zone().getId();
			String sentence = x.equals(y) ? "You share a time zone (" + x + ") for a video call."
					: "Daytime hours in " + x + " and " + y + " overlap by " + hours
							+ ((hours == 1) ? " hour" : " hours") + " for a video call.";
			reasons.add(new FitReason("daytime-overlap", points, sentence));
		}
		return points;
	}

	private static String smaller(String x, String y) {
		return (x.compareTo(y) <= 0) ? x : y;
	}

}

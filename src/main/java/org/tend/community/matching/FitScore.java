package org.tend.community.matching;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

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

	static final int FIRST_TIME = 5;

	/** The highest fit there is: what the planner's priority weight must outweigh. */
	static final int MAX = 2 * ASKS_COUNTED * ASK_MET + TOPICS_COUNTED * SHARED_TOPIC + SAME_CITY + FIRST_TIME;

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
		List<FitReason> reasons = new ArrayList<>();
		List<FitReason> asks = new ArrayList<>(asksMet(a, b));
		asks.addAll(asksMet(b, a));
		asks.sort(Comparator.comparing(FitReason::sentence));
		reasons.addAll(asks);
		FitReason topics = sharedTopics(a, b);
		if (topics != null) {
			reasons.add(topics);
		}
		FitReason meeting = meeting(a, b);
		if (meeting != null) {
			reasons.add(meeting);
		}
		if (!pairedBefore) {
			reasons.add(new FitReason("first-time", FIRST_TIME, "You have not been paired in this community before."));
		}
		int score = 0;
		for (FitReason reason : reasons) {
			score += reason.points();
		}
		return new Fit(score, reasons);
	}

	/** The asks of {@code asking} that an offer of {@code offering} meets, each once. */
	private static List<FitReason> asksMet(MemberProfile asking, MemberProfile offering) {
		List<FitReason> met = new ArrayList<>();
		Set<List<String>> seen = new LinkedHashSet<>();
		List<List<String>> offers = offering.offers().stream().map(Phrases::words).toList();
		for (String ask : asking.asks()) {
			List<String> words = Phrases.words(ask);
			if (met.size() == ASKS_COUNTED || !seen.add(words)) {
				continue;
			}
			for (int i = 0; i < offers.size(); i++) {
				if (Phrases.meets(words, offers.get(i))) {
					met.add(new FitReason("ask-met", ASK_MET, askSentence(ask, offering.offers().get(i))));
					break;
				}
			}
		}
		return met;
	}

	private static String askSentence(String ask, String offer) {
		if (Phrases.key(ask).equals(Phrases.key(offer))) {
			return "One of you asked for “" + ask.strip() + "”, which the other offers.";
		}
		return "One of you asked for “" + ask.strip() + "”, which the other offers (“" + offer.strip() + "”).";
	}

	private static FitReason sharedTopics(MemberProfile a, MemberProfile b) {
		// by folded key; the spelling shown is the smaller of the two, so either order of
		// a and b gives the same sentence
		Map<String, String> ofA = spellings(a.topics());
		Map<String, String> ofB = spellings(b.topics());
		List<String> shared = new ArrayList<>();
		for (Map.Entry<String, String> topic : ofA.entrySet()) {
			String other = ofB.get(topic.getKey());
			if (other != null && shared.size() < TOPICS_COUNTED) {
				shared.add((topic.getValue().compareTo(other) <= 0) ? topic.getValue() : other);
			}
		}
		if (shared.isEmpty()) {
			return null;
		}
		String listed = "“" + String.join("”, “", shared) + "”";
		return new FitReason("shared-topics", shared.size() * SHARED_TOPIC,
				"You both like to talk about " + listed + ".");
	}

	private static Map<String, String> spellings(Set<String> topics) {
		Map<String, String> byKey = new TreeMap<>();
		for (String topic : topics) {
			String key = Phrases.key(topic);
			if (!key.isEmpty()) {
				byKey.merge(key, topic.strip(), (x, y) -> (x.compareTo(y) <= 0) ? x : y);
			}
		}
		return byKey;
	}

	private static FitReason meeting(MemberProfile a, MemberProfile b) {
		if (a.mode().allowsInPerson() && b.mode().allowsInPerson() && a.city() != null && b.city() != null
				&& !Phrases.key(a.city()).isEmpty() && Phrases.key(a.city()).equals(Phrases.key(b.city()))) {
			String city = (a.city().strip().compareTo(b.city().strip()) <= 0) ? a.city().strip() : b.city().strip();
			return new FitReason("same-city", SAME_CITY, "You can meet in person: you are both in " + city + ".");
		}
		if (a.mode().allowsVirtual() && b.mode().allowsVirtual()) {
			long hours = overlapMinutes(a.zone(), b.zone()) / 60;
			if (hours > 0) {
				String zones = (a.zone().getId().compareTo(b.zone().getId()) <= 0)
						? a.zone().getId() + " and " + b.zone().getId() : b.zone().getId() + " and " + a.zone().getId();
				String sentence = a.zone().equals(b.zone())
						? "You share a time zone (" + a.zone().getId() + ") for a video call."
						: "Daytime hours in " + zones + " overlap by " + hours + ((hours == 1) ? " hour" : " hours")
								+ " for a video call.";
				return new FitReason("daytime-overlap", (int) Math.min(hours, VIRTUAL_HOURS_COUNTED), sentence);
			}
		}
		return null;
	}

	/**
	 * The minutes two 08:00–20:00 local days share on the reference day, the other's day
	 * taken one day earlier or later where that overlaps more (Tokyo's morning is
	 * California's previous evening).
	 */
	static long overlapMinutes(ZoneId x, ZoneId y) {
		Instant xStart = REFERENCE_DAY.atTime(DAY_STARTS).atZone(x).toInstant();
		Instant xEnd = REFERENCE_DAY.atTime(DAY_ENDS).atZone(x).toInstant();
		long best = 0;
		for (int shift = -1; shift <= 1; shift++) {
			LocalDate day = REFERENCE_DAY.plusDays(shift);
			Instant yStart = day.atTime(DAY_STARTS).atZone(y).toInstant();
			Instant yEnd = day.atTime(DAY_ENDS).atZone(y).toInstant();
			Instant start = xStart.isAfter(yStart) ? xStart : yStart;
			Instant end = xEnd.isBefore(yEnd) ? xEnd : yEnd;
			if (start.isBefore(end)) {
				best = Math.max(best, Duration.between(start, end).toMinutes());
			}
		}
		return best;
	}

}

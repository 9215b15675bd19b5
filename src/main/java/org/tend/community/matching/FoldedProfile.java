package org.tend.community.matching;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A profile prepared once for comparing with many others: the words of its asks and
 * offers, its topics and city folded, its daytime windows as instants. A round of 10,000
 * members scores hundreds of thousands of pairs; folding each text again for every pair
 * would be most of the work.
 *
 * @param profile what the member wrote
 * @param asks the words of each distinct ask that has any, in the member's order
 * @param askTexts the asks as written, parallel to {@code asks}
 * @param offers the words of each offer, in the member's order
 * @param topics each topic's folded key and its smallest spelling, in key order
 * @param city the folded city, empty for none
 * @param dayStarts the epoch seconds at which 08:00 comes on the reference day, the day
 * before and the day after
 * @param dayEnds the same for 20:00
 */
record FoldedProfile(MemberProfile profile, List<List<String>> asks, List<String> askTexts, List<List<String>> offers,
		Map<String, String> topics, String city, long[] dayStarts, long[] dayEnds) {

	static FoldedProfile of(MemberProfile profile) {
		List<List<String>> asks = new ArrayList<>();
		List<String> askTexts = new ArrayList<>();
		Set<List<String>> seen = new LinkedHashSet<>();
		for (String ask : profile.asks()) {
			List<String> words = Phrases.words(ask);
			if (!words.isEmpty() && seen.add(words)) {
				asks.add(words);
				askTexts.add(ask.strip());
			}
		}
		List<List<String>> offers = profile.offers().stream().map(Phrases::words).toList();
		Map<String, String> topics = new TreeMap<>();
		for (String topic : profile.topics()) {
			String key = Phrases.key(topic);
			if (!key.isEmpty()) {
				topics.merge(key, topic.strip(), (x, y) -> (x.compareTo(y) <= 0) ? x : y);
			}
		}
		long[] starts = new long[3];
		long[] ends = new long[3];
		for (int shift = -1; shift <= 1; shift++) {
			LocalDate day = FitScore.REFERENCE_DAY.plusDays(shift);
			starts[shift + 1] = day.atTime(FitScore.DAY_STARTS).atZone(profile.zone()).toEpochSecond();
			ends[shift + 1] = day.atTime(FitScore.DAY_ENDS).atZone(profile.zone()).toEpochSecond();
		}
		return new FoldedProfile(profile, List.copyOf(asks), List.copyOf(askTexts), offers, topics,
				Phrases.key(profile.city()), starts, ends);
	}

	/**
	 * The minutes this member's 08:00–20:00 on the reference day shares with the other's,
	 * the other's day taken one day earlier or later where that shares more (Tokyo's
	 * morning is California's evening before).
	 */
	long overlapMinutes(FoldedProfile other) {
		long best = 0;
		for (int shift = 0; shift < 3; shift++) {
			long start = Math.max(this.dayStarts[1], other.dayStarts[shift]);
			long end = Math.min(this.dayEnds[1], other.dayEnds[shift]);
			best = Math.max(best, (end - start) / 60);
		}
		return best;
	}

}

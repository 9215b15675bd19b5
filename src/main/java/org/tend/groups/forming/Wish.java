package org.tend.groups.forming;

import java.util.List;
import java.util.Set;

/**
 * One member's wish as the forming algorithm reads it: a member index, topics and venues
 * (folded already), the group sizes the member accepts, and a diversity key (the company
 * or headline the profile gives; null when it says nothing). A venue is
 * {@code city:<name>} for an in-person group in that city, or {@link #VIRTUAL}.
 */
public record Wish(int member, Set<String> topics, List<String> venues, int sizeMin, int sizeMax, String company) {

	public static final String VIRTUAL = "virtual";

	public static final int SMALLEST = 4;

	public static final int LARGEST = 8;

	public Wish {
		topics = Set.copyOf(topics);
		venues = List.copyOf(venues);
		if (sizeMin < SMALLEST || sizeMax > LARGEST || sizeMin > sizeMax) {
			throw new IllegalArgumentException("a wish's sizes lie within 4..8, the smallest first");
		}
	}

	public static String city(String foldedCity) {
		return "city:" + foldedCity;
	}

}

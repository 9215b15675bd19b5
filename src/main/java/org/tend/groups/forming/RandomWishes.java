package org.tend.groups.forming;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Wishes shaped like a community's: a few popular topics and a long tail, most members in
 * a handful of cities, some online only, size wishes mostly around five, companies with a
 * few colleagues each. The benchmark uses the same generator.
 */
public final class RandomWishes {

	private RandomWishes() {
	}

	public static List<Wish> of(int count, long seed) {
		Random random = new Random(seed);
		int topics = Math.max(8, count / 50);
		int cities = Math.max(3, count / 400);
		int companies = Math.max(5, count / 4);
		List<Wish> wishes = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			Set<String> mine = new LinkedHashSet<>();
			int wanted = 1 + random.nextInt(3);
			while (mine.size() < wanted) {
				// a skewed pick: low numbers (the popular topics) come up more often
				int t = (int) Math.floor(Math.pow(random.nextDouble(), 2) * topics);
				mine.add("topic " + t);
			}
			List<String> venues = new ArrayList<>();
			int mode = random.nextInt(10);
			String city = Wish.city("city " + (int) Math.floor(Math.pow(random.nextDouble(), 1.5) * cities));
			if (mode < 4) {
				venues.add(city);
			}
			else if (mode < 7) {
				venues.add(Wish.VIRTUAL);
			}
			else {
				venues.add(city);
				venues.add(Wish.VIRTUAL);
			}
			int min = 4 + random.nextInt(3);
			int max = Math.min(8, min + random.nextInt(4));
			String company = (random.nextInt(5) == 0) ? null : "company " + random.nextInt(companies);
			wishes.add(new Wish(i, mine, venues, min, max, company));
		}
		return wishes;
	}

}

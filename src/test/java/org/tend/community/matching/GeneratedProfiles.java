package org.tend.community.matching;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

/**
 * Profiles drawn from a seeded generator: small vocabularies for the brute-force
 * comparisons (so that fits differ and also tie), realistic ones for the benchmark
 * (topics from a few hundred, asks and offers from a few hundred skills, cities with a
 * few large ones, each city in its zone).
 */
final class GeneratedProfiles {

	private static final String[] FIELDS = { "climate", "design", "education", "health", "housing", "energy", "food",
			"music", "cycling", "open source", "finance", "law", "art", "science", "policy", "media", "travel",
			"writing", "data", "farming", "care", "mobility", "water", "games", "theatre" };

	private static final String[] ANGLES = { "", " policy", " startups", " research", " communities", " technology",
			" history", " for kids", " in cities", " careers", " ethics", " tools" };

	private static final String[] SKILLS = { "fundraising", "grant writing", "public speaking", "hiring", "pricing",
			"product design", "user research", "accounting", "contracts", "marketing", "sales", "negotiation",
			"mentoring", "coding", "data analysis", "statistics", "community building", "event planning", "photography",
			"video editing", "copywriting", "translation", "branding", "leadership", "coaching", "investing",
			"legal advice", "tax", "recruiting", "partnerships" };

	private static final String[] SKILL_ANGLES = { "", " for nonprofits", " for startups", " basics", " at scale",
			" in Europe", " for artists", " for Éducation" };

	private static final String[][] CITIES = { { "Berlin", "Europe/Berlin" }, { "Paris", "Europe/Paris" },
			{ "London", "Europe/London" }, { "New York", "America/New_York" }, { "São Paulo", "America/Sao_Paulo" },
			{ "Tokyo", "Asia/Tokyo" }, { "Los Angeles", "America/Los_Angeles" }, { "Lagos", "Africa/Lagos" },
			{ "Mumbai", "Asia/Kolkata" }, { "Sydney", "Australia/Sydney" }, { "Zürich", "Europe/Zurich" },
			{ "Montréal", "America/Toronto" }, { "Nairobi", "Africa/Nairobi" }, { "Madrid", "Europe/Madrid" },
			{ "Seoul", "Asia/Seoul" }, { "Mexico City", "America/Mexico_City" }, { "Oslo", "Europe/Oslo" },
			{ "Cape Town", "Africa/Johannesburg" }, { "Chicago", "America/Chicago" },
			{ "Singapore", "Asia/Singapore" } };

	private GeneratedProfiles() {
	}

	static UUID id(Random random) {
		return new UUID(random.nextLong(), random.nextLong());
	}

	/** A small community's member: few topics, skills and places, so fits often tie. */
	static MemberProfile small(Random random) {
		String[] topics = { "Climate", "climaté", "music", "Design", "food", "data" };
		String[] skills = { "fundraising", "Fundraising for nonprofits", "hiring", "pricing", "coding",
				"grant writing" };
		String[][] places = { { "Berlin", "Europe/Berlin" }, { "Paris", "Europe/Paris" },
				{ "new york", "America/New_York" }, { null, "Asia/Tokyo" } };
		Set<String> chosen = new LinkedHashSet<>();
		for (int i = random.nextInt(4); i > 0; i--) {
			chosen.add(topics[random.nextInt(topics.length)]);
		}
		List<String> asks = new ArrayList<>();
		for (int i = random.nextInt(3); i > 0; i--) {
			asks.add((random.nextBoolean() ? "Help with " : "") + skills[random.nextInt(skills.length)]);
		}
		List<String> offers = new ArrayList<>();
		for (int i = random.nextInt(3); i > 0; i--) {
			offers.add(skills[random.nextInt(skills.length)]);
		}
		String[] place = places[random.nextInt(places.length)];
		return new MemberProfile(id(random), chosen, asks, offers, place[0], ZoneId.of(place[1]),
				MeetingMode.values()[random.nextInt(3)]);
	}

	/** A member of a large community, as a real one might fill in a profile. */
	static MemberProfile realistic(Random random) {
		Set<String> topics = new LinkedHashSet<>();
		for (int i = 1 + random.nextInt(5); i > 0; i--) {
			topics.add(skewed(random, FIELDS) + ANGLES[random.nextInt(ANGLES.length)]);
		}
		List<String> asks = new ArrayList<>();
		for (int i = random.nextInt(4); i > 0; i--) {
			asks.add("Help with " + skewed(random, SKILLS) + SKILL_ANGLES[random.nextInt(SKILL_ANGLES.length)]);
		}
		List<String> offers = new ArrayList<>();
		for (int i = random.nextInt(4); i > 0; i--) {
			offers.add(skewed(random, SKILLS) + SKILL_ANGLES[random.nextInt(SKILL_ANGLES.length)]);
		}
		String[] place = skewed(random, CITIES);
		int mode = random.nextInt(10);
		return new MemberProfile(id(random), topics, asks, offers, (random.nextInt(10) == 0) ? null : place[0],
				ZoneId.of(place[1]),
				(mode < 3) ? MeetingMode.IN_PERSON : (mode < 7) ? MeetingMode.VIRTUAL : MeetingMode.EITHER);
	}

	/** Early entries far more often than late ones, as with real topics and cities. */
	private static <T> T skewed(Random random, T[] values) {
		double u = random.nextDouble();
		return values[(int) (values.length * u * u)];
	}

	/** A round of {@code n} realistic members with a few forbidden and earlier pairs. */
	static RoundInput realisticRound(long seed, int n) {
		Random random = new Random(seed);
		List<MemberProfile> members = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			members.add(realistic(random));
		}
		Set<MemberPair> forbidden = new LinkedHashSet<>();
		Set<MemberPair> before = new LinkedHashSet<>();
		for (int i = 0; i < n; i++) {
			UUID a = members.get(i).memberId();
			UUID b = members.get(random.nextInt(n)).memberId();
			if (!a.equals(b)) {
				((i % 2 == 0) ? forbidden : before).add(MemberPair.of(a, b));
			}
		}
		Set<UUID> priority = new LinkedHashSet<>();
		for (int i = 0; i < 3; i++) {
			priority.add(members.get(random.nextInt(n)).memberId());
		}
		return new RoundInput(members, forbidden, before, priority);
	}

}

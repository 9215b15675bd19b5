package org.tend.depth.internal;

/** The components' values in words, as the member reads them. */
public final class Labels {

	private Labels() {
	}

	public static String knownFor(long days) {
		if (days == 0) {
			return "one contact so far";
		}
		if (days < 60) {
			return "known for " + plural(days, "day");
		}
		if (days < 730) {
			return "known for " + plural(days / 30, "month");
		}
		return "known for " + plural(Math.round(days / 365.25), "year");
	}

	public static String hours(double hours) {
		if (hours == 0) {
			return "no time together yet";
		}
		long rounded = Math.round(hours);
		return (rounded == 0) ? "less than an hour together" : "about " + plural(rounded, "hour") + " together";
	}

	public static String listening(int kindsKnown, int reflections) {
		String known = switch (kindsKnown) {
			case 0 -> "none of their projects, challenges or hopes noted yet";
			case 3 -> "you know their projects, challenges and hopes";
			default -> "you know " + kindsKnown + " of their projects, challenges and hopes";
		};
		return known + "; " + plural(reflections, "reflection") + " written";
	}

	public static String reciprocity(int given, int received) {
		if (given + received == 0) {
			return "no help exchanged yet";
		}
		if (given == 0) {
			return "they've helped you " + times(received) + ", you haven't helped them yet";
		}
		if (received == 0) {
			return "you've helped them " + times(given) + ", they haven't helped you yet";
		}
		return "you've helped each other " + times(given + received) + " (" + given + " given, " + received
				+ " received)";
	}

	public static String mutual(int peopleInCommon, int introductions) {
		if (peopleInCommon + introductions == 0) {
			return "no one in common yet";
		}
		return plural(peopleInCommon, "person").replace("persons", "people") + " met together, "
				+ plural(introductions, "introduction");
	}

	private static String times(int count) {
		return switch (count) {
			case 1 -> "once";
			case 2 -> "twice";
			default -> count + " times";
		};
	}

	static String plural(long count, String noun) {
		return count + " " + noun + ((count == 1) ? "" : "s");
	}

}

package org.tend.introductions;

/**
 * A member's limits on the introduction requests other members may send them: paused
 * (none at all), and at most {@code monthlyCap} in a calendar month of their time zone
 * (null: no cap). Nobody who asks learns which limit stood in their way.
 */
public record RequestLimits(boolean paused, Integer monthlyCap) {

	public static final int MAX_CAP = 100;

	public static final RequestLimits OPEN = new RequestLimits(false, null);

}

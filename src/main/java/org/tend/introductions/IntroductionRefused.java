package org.tend.introductions;

/**
 * An introduction that may not be asked now: the same two people are already being asked
 * ({@link Reason#PENDING}, answered 409), or the member asked for as many as a day allows
 * ({@link Reason#DAILY_LIMIT}, answered 429). Nothing is saved.
 */
public class IntroductionRefused extends RuntimeException {

	/** Why it was refused. */
	public enum Reason {

		PENDING, DAILY_LIMIT

	}

	private final Reason reason;

	private IntroductionRefused(Reason reason, String message) {
		super(message);
		this.reason = reason;
	}

	public static IntroductionRefused pending() {
		return new IntroductionRefused(Reason.PENDING, "These two people are already being asked");
	}

	public static IntroductionRefused dailyLimit(int perDay) {
		return new IntroductionRefused(Reason.DAILY_LIMIT,
				"At most " + perDay + " introductions can be asked for in a day; try again tomorrow");
	}

	public Reason reason() {
		return this.reason;
	}

}

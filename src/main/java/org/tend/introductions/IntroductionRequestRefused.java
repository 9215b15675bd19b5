package org.tend.introductions;

/**
 * A request for an introduction that may not be sent or answered now. Nothing is saved.
 * <ul>
 * <li>{@link Reason#NOT_TAKING} (409): the member asked takes no requests now; the same
 * words whether they paused them or reached their monthly cap, so the asker learns
 * nothing private.</li>
 * <li>{@link Reason#DAILY_LIMIT} (429): the asker sent as many as a day allows.</li>
 * <li>{@link Reason#ANSWERED} (409): the request was answered already.</li>
 * </ul>
 */
public class IntroductionRequestRefused extends RuntimeException {

	/** Why it was refused. */
	public enum Reason {

		NOT_TAKING, DAILY_LIMIT, ANSWERED

	}

	private final Reason reason;

	private IntroductionRequestRefused(Reason reason, String message) {
		super(message);
		this.reason = reason;
	}

	public static IntroductionRequestRefused notTaking(String name) {
		return new IntroductionRequestRefused(Reason.NOT_TAKING, name
				+ " is not taking introduction requests at the moment. Perhaps ask again later, or ask someone else.");
	}

	public static IntroductionRequestRefused dailyLimit(int perDay) {
		return new IntroductionRequestRefused(Reason.DAILY_LIMIT,
				"At most " + perDay + " introduction requests can be sent in a day; try again tomorrow");
	}

	public static IntroductionRequestRefused answered() {
		return new IntroductionRequestRefused(Reason.ANSWERED, "This request has been answered already");
	}

	public Reason reason() {
		return this.reason;
	}

}

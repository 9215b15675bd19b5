package org.tend.depth;

/**
 * How a contact happened. Being in the same room weighs more than a call, a call more
 * than a message (docs/depth-model.md, "time together").
 */
public enum Channel {

	IN_PERSON(1.0, 60), CALL(0.5, 30), MESSAGE(0.25, 15);

	private final double weight;

	private final int usualMinutes;

	Channel(double weight, int usualMinutes) {
		this.weight = weight;
		this.usualMinutes = usualMinutes;
	}

	public double weight() {
		return this.weight;
	}

	/** What a contact of this channel is assumed to last when nobody wrote it down. */
	public int usualMinutes() {
		return this.usualMinutes;
	}

}

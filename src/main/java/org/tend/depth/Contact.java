package org.tend.depth;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One meeting that happened with the person, as the model sees it.
 *
 * @param on the day it happened
 * @param channel in person, call or message
 * @param minutes how long it lasted, null when not written down
 * @param reflected whether the member wrote a reflection afterwards
 */
public record Contact(LocalDate on, Channel channel, Integer minutes, boolean reflected) {

	public Contact {
		Objects.requireNonNull(on, "on");
		Objects.requireNonNull(channel, "channel");
		if (minutes != null && minutes < 0) {
			throw new IllegalArgumentException("minutes must not be negative");
		}
	}

	/** Hours together, weighed by the channel. */
	double weightedHours() {
		int length = (this.minutes != null) ? this.minutes : this.channel.usualMinutes();
		return length / 60.0 * this.channel.weight();
	}

}

package org.tend.depth;

import org.tend.people.Circle;
import org.tend.people.PersonSummary;

/**
 * The circle depth suggests for a person, next to the one the member chose (null when
 * none yet).
 */
public record CircleSuggestion(PersonSummary person, double depth, Circle suggested) {

	public Circle current() {
		return this.person.circle();
	}

	public boolean agrees() {
		return this.suggested == this.person.circle();
	}

}

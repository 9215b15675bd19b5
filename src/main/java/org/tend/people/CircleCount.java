package org.tend.people;

/**
 * How many people the member keeps in a circle, against its soft limit: {@code over}
 * means Tend should warn (it never forbids).
 */
public record CircleCount(Circle circle, long count, int softLimit, boolean over) {

	static CircleCount of(Circle circle, long count) {
		return new CircleCount(circle, count, circle.softLimit(), count > circle.softLimit());
	}

}

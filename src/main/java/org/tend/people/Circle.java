package org.tend.people;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Dunbar-style layers with soft limits: Tend warns when a circle grows past its size, it
 * never forbids. Each circle has a default keep-in-touch cadence.
 */
public enum Circle {

	INNER(5, 14), CLOSE(15, 30), ACTIVE(50, 90), WIDER(150, 180);

	private final int softLimit;

	private final int defaultCadenceDays;

	Circle(int softLimit, int defaultCadenceDays) {
		this.softLimit = softLimit;
		this.defaultCadenceDays = defaultCadenceDays;
	}

	public int softLimit() {
		return this.softLimit;
	}

	public int defaultCadenceDays() {
		return this.defaultCadenceDays;
	}

	/** The lowercase name used in the API and in the database. */
	@JsonValue
	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	/**
	 * The circle with that code ("inner"), whatever its case.
	 * @throws IllegalArgumentException for anything else
	 */
	@JsonCreator
	public static Circle fromCode(String code) {
		for (Circle circle : values()) {
			if (circle.code().equalsIgnoreCase((code != null) ? code.strip() : null)) {
				return circle;
			}
		}
		throw new IllegalArgumentException("unknown circle '" + code + "': inner, close, active or wider");
	}

}

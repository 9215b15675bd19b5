package org.tend.pairing;

/**
 * How hard the engine works for the optimum.
 */
public enum MatchingMode {

	/** A maximum-weight matching, proven optimal. */
	EXACT,

	/**
	 * At least 99.5 % of the optimum on the graphs Tend meets, far quicker than exact.
	 */
	FAST

}

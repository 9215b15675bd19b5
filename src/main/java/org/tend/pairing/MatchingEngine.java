package org.tend.pairing;

/**
 * Finds matchings in a {@link WeightedGraph}. Stateless and thread-safe;
 * {@link #create()} gives the engine without Spring.
 */
public interface MatchingEngine {

	/** A matching of maximum total weight (exact) or close to it (fast). */
	Matching maximumWeight(WeightedGraph graph, MatchingMode mode);

	/**
	 * Among the matchings that pair the most vertices, one of maximum total weight
	 * (exact) or close to it (fast): what a community round wants, where leaving a member
	 * out to gain fit elsewhere is not a fair trade.
	 */
	Matching maximumCardinalityThenWeight(WeightedGraph graph, MatchingMode mode);

	static MatchingEngine create() {
		return new org.tend.pairing.internal.Engine();
	}

}

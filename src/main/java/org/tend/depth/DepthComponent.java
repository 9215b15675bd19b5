package org.tend.depth;

/**
 * One part of a depth score.
 *
 * @param name stable code ("recency")
 * @param label what it means, in words ("last met 12 days ago")
 * @param value the measure behind it (days, hours, count...; see docs/depth-model.md)
 * @param contribution points it adds to the score, to one decimal
 */
public record DepthComponent(String name, String label, double value, double contribution) {

}

package org.tend.community.matching;

/**
 * One part of a fit, with the sentence shown to the members and organizers.
 *
 * @param code a stable name for the part ({@code asks-met}, {@code shared-topics}, ...)
 * @param points what the part adds to the score, at least 1
 * @param sentence the part in words, made only of what the two wrote in their profiles
 */
public record FitReason(String code, int points, String sentence) {

}

package org.tend.community;

/**
 * The answer to joining by code: whether this call made the member a member (or a
 * candidate, where organizers approve newcomers) or they already were one.
 */
public record Joined(Community community, boolean created, boolean pending) {

}
